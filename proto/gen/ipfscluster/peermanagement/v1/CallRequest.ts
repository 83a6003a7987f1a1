// Original file: ipfscluster/v1/peer_management.proto

import type { Long } from '@grpc/proto-loader';

/**
 * Request of PeerManager.Call.
 */
export interface CallRequest {
  /**
   * Target cluster peer ID (may be self).
   */
  'peer'?: (string);
  /**
   * Full path "/<package>.<Service>/<Method>" of a unary method.
   */
  'method'?: (string);
  /**
   * Serialized request message.
   */
  'payload'?: (Buffer | Uint8Array | string);
  /**
   * Absolute deadline, Unix ms; 0 = none beyond the caller's own gRPC deadline.
   */
  'deadline_unix_ms'?: (number | string | Long);
  /**
   * W3C traceparent to put in the frame; "" = none.
   */
  'traceparent'?: (string);
  /**
   * W3C tracestate; "" = none.
   */
  'tracestate'?: (string);
}

/**
 * Request of PeerManager.Call.
 */
export interface CallRequest__Output {
  /**
   * Target cluster peer ID (may be self).
   */
  'peer': (string);
  /**
   * Full path "/<package>.<Service>/<Method>" of a unary method.
   */
  'method': (string);
  /**
   * Serialized request message.
   */
  'payload': (Buffer);
  /**
   * Absolute deadline, Unix ms; 0 = none beyond the caller's own gRPC deadline.
   */
  'deadline_unix_ms': (string);
  /**
   * W3C traceparent to put in the frame; "" = none.
   */
  'traceparent': (string);
  /**
   * W3C tracestate; "" = none.
   */
  'tracestate': (string);
}
