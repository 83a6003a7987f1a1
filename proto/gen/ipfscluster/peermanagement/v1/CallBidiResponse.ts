// Original file: ipfscluster/v1/peer_management.proto

import type { Payload as _ipfscluster_p2p_v1_Payload, Payload__Output as _ipfscluster_p2p_v1_Payload__Output } from '../../../ipfscluster/p2p/v1/Payload.js';
import type { Status as _ipfscluster_p2p_v1_Status, Status__Output as _ipfscluster_p2p_v1_Status__Output } from '../../../ipfscluster/p2p/v1/Status.js';

/**
 * One item of PeerManager.CallBidi (relay → client).
 */
export interface CallBidiResponse {
  /**
   * One serialized response message.
   */
  'payload'?: (_ipfscluster_p2p_v1_Payload | null);
  /**
   * Final status of the remote call (code 0 on success).
   */
  'status'?: (_ipfscluster_p2p_v1_Status | null);
  /**
   * Exactly one is set; the last item is always `status`.
   */
  'kind'?: "payload"|"status";
}

/**
 * One item of PeerManager.CallBidi (relay → client).
 */
export interface CallBidiResponse__Output {
  /**
   * One serialized response message.
   */
  'payload'?: (_ipfscluster_p2p_v1_Payload__Output | null);
  /**
   * Final status of the remote call (code 0 on success).
   */
  'status'?: (_ipfscluster_p2p_v1_Status__Output | null);
  /**
   * Exactly one is set; the last item is always `status`.
   */
  'kind'?: "payload"|"status";
}
