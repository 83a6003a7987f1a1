// Original file: ipfscluster/v1/p2p.proto

import type { Long } from '@grpc/proto-loader';

/**
 * Opens a call.
 */
export interface Request {
  /**
   * Full gRPC method path, "/<package>.<Service>/<Method>",
   * e.g. "/ipfscluster.consensus.v1.Consensus/LogPin". The callee checks it
   * against the policy table (open/trusted/closed).
   */
  'method'?: (string);
  /**
   * Absolute deadline, Unix ms (caller's wall clock); 0 = none (long-lived
   * streams such as Raft.Messages).
   */
  'deadline_unix_ms'?: (number | string | Long);
  /**
   * W3C traceparent of the caller's span; "" when not traced.
   */
  'traceparent'?: (string);
  /**
   * W3C tracestate; "" when none.
   */
  'tracestate'?: (string);
  /**
   * The serialized request message for unary and server-streaming methods
   * (an empty message is zero bytes). Unused (empty) for client-/bidi-
   * streaming methods, whose messages follow as `payload` frames.
   */
  'payload'?: (Buffer | Uint8Array | string);
}

/**
 * Opens a call.
 */
export interface Request__Output {
  /**
   * Full gRPC method path, "/<package>.<Service>/<Method>",
   * e.g. "/ipfscluster.consensus.v1.Consensus/LogPin". The callee checks it
   * against the policy table (open/trusted/closed).
   */
  'method': (string);
  /**
   * Absolute deadline, Unix ms (caller's wall clock); 0 = none (long-lived
   * streams such as Raft.Messages).
   */
  'deadline_unix_ms': (string);
  /**
   * W3C traceparent of the caller's span; "" when not traced.
   */
  'traceparent': (string);
  /**
   * W3C tracestate; "" when none.
   */
  'tracestate': (string);
  /**
   * The serialized request message for unary and server-streaming methods
   * (an empty message is zero bytes). Unused (empty) for client-/bidi-
   * streaming methods, whose messages follow as `payload` frames.
   */
  'payload': (Buffer);
}
