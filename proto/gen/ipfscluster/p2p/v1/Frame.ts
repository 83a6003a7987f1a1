// Original file: ipfscluster/v1/p2p.proto

import type { Request as _ipfscluster_p2p_v1_Request, Request__Output as _ipfscluster_p2p_v1_Request__Output } from '../../../ipfscluster/p2p/v1/Request.js';
import type { Payload as _ipfscluster_p2p_v1_Payload, Payload__Output as _ipfscluster_p2p_v1_Payload__Output } from '../../../ipfscluster/p2p/v1/Payload.js';
import type { HalfClose as _ipfscluster_p2p_v1_HalfClose, HalfClose__Output as _ipfscluster_p2p_v1_HalfClose__Output } from '../../../ipfscluster/p2p/v1/HalfClose.js';
import type { Status as _ipfscluster_p2p_v1_Status, Status__Output as _ipfscluster_p2p_v1_Status__Output } from '../../../ipfscluster/p2p/v1/Status.js';

/**
 * One frame; read one `Frame` per length-prefixed chunk and switch on `kind`.
 */
export interface Frame {
  /**
   * First frame of every call (caller → callee).
   */
  'request'?: (_ipfscluster_p2p_v1_Request | null);
  /**
   * A serialized request (caller → callee, streaming requests only) or
   * response (callee → caller) message.
   */
  'payload'?: (_ipfscluster_p2p_v1_Payload | null);
  /**
   * The caller sent its last request message (client-/bidi-streaming).
   */
  'half_close'?: (_ipfscluster_p2p_v1_HalfClose | null);
  /**
   * Final frame of every call (callee → caller).
   */
  'status'?: (_ipfscluster_p2p_v1_Status | null);
  /**
   * Exactly one is set.
   */
  'kind'?: "request"|"payload"|"half_close"|"status";
}

/**
 * One frame; read one `Frame` per length-prefixed chunk and switch on `kind`.
 */
export interface Frame__Output {
  /**
   * First frame of every call (caller → callee).
   */
  'request'?: (_ipfscluster_p2p_v1_Request__Output | null);
  /**
   * A serialized request (caller → callee, streaming requests only) or
   * response (callee → caller) message.
   */
  'payload'?: (_ipfscluster_p2p_v1_Payload__Output | null);
  /**
   * The caller sent its last request message (client-/bidi-streaming).
   */
  'half_close'?: (_ipfscluster_p2p_v1_HalfClose__Output | null);
  /**
   * Final frame of every call (callee → caller).
   */
  'status'?: (_ipfscluster_p2p_v1_Status__Output | null);
  /**
   * Exactly one is set.
   */
  'kind'?: "request"|"payload"|"half_close"|"status";
}
