// Original file: ipfscluster/v1/peer_management.proto

import type { Long } from '@grpc/proto-loader';

/**
 * Header of a PeerManager.CallBidi call.
 */
export interface CallHeader {
  /**
   * Target cluster peer ID (may be self).
   */
  'peer'?: (string);
  /**
   * Full path of a client- or bidi-streaming method.
   */
  'method'?: (string);
  /**
   * Absolute deadline, Unix ms; 0 = none (long-lived streams).
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
 * Header of a PeerManager.CallBidi call.
 */
export interface CallHeader__Output {
  /**
   * Target cluster peer ID (may be self).
   */
  'peer': (string);
  /**
   * Full path of a client- or bidi-streaming method.
   */
  'method': (string);
  /**
   * Absolute deadline, Unix ms; 0 = none (long-lived streams).
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
