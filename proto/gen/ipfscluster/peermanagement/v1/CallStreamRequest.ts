// Original file: ipfscluster/v1/peer_management.proto

import type { Long } from '@grpc/proto-loader';

/**
 * Request of PeerManager.CallStream.
 */
export interface CallStreamRequest {
  /**
   * Target cluster peer ID (may be self).
   */
  'peer'?: (string);
  /**
   * Full path of a server-streaming method.
   */
  'method'?: (string);
  /**
   * Serialized request message.
   */
  'payload'?: (Buffer | Uint8Array | string);
  /**
   * Absolute deadline, Unix ms; 0 = none.
   */
  'deadline_unix_ms'?: (number | string | Long);
  /**
   * W3C traceparent; "" = none.
   */
  'traceparent'?: (string);
  /**
   * W3C tracestate; "" = none.
   */
  'tracestate'?: (string);
}

/**
 * Request of PeerManager.CallStream.
 */
export interface CallStreamRequest__Output {
  /**
   * Target cluster peer ID (may be self).
   */
  'peer': (string);
  /**
   * Full path of a server-streaming method.
   */
  'method': (string);
  /**
   * Serialized request message.
   */
  'payload': (Buffer);
  /**
   * Absolute deadline, Unix ms; 0 = none.
   */
  'deadline_unix_ms': (string);
  /**
   * W3C traceparent; "" = none.
   */
  'traceparent': (string);
  /**
   * W3C tracestate; "" = none.
   */
  'tracestate': (string);
}
