import type { MethodInfo } from '@ipfscluster/proto'

/** Outcome of a relayed call: the callee's gRPC status and error class (p2p.proto `Status`). */
export interface CallStatus {
  status_code: number
  /** Error class name (conventions.md §6); '' on success. */
  error_name: string
  error_message: string
  /** Extra fields of the error class, e.g. `leader` of a NotLeaderError. */
  details: Record<string, string>
}

/** One relayed call, as the caller's relay hands it on and the callee's relay receives it. */
export interface RelayCall {
  method: MethodInfo
  /** The serialized request of unary and server-streaming methods. */
  payload: Uint8Array
  /** The serialized requests of client- and bidi-streaming methods. */
  requests?: AsyncIterable<Uint8Array>
  /** Absolute deadline, Unix ms; 0 = none. */
  deadline: number
  /** W3C trace context of the caller; '' when none. */
  traceparent: string
  tracestate: string
  /** Aborted when the caller gives up: the call is cancelled wherever it is. */
  signal: AbortSignal
}

/** One item a streaming call yields: a serialized response message, or the final status (always last). */
export type Reply = { payload: { data: Uint8Array } } | { status: CallStatus }

/** The outcome of a unary call: the serialized response (empty unless OK) and the status. */
export interface UnaryReply {
  payload: Uint8Array
  status: CallStatus
}

/**
 * Something that carries out calls: this peer's own services, or another
 * peer through libp2p. Unary calls, nearly all of the traffic, have a path
 * of their own without async iteration. Transport failures are thrown.
 */
export interface CallTarget {
  /** Runs a unary call. */
  unary: (call: RelayCall) => Promise<UnaryReply>
  /** Runs a streaming call; yields its response messages, then its status. */
  stream: (call: RelayCall) => AsyncGenerator<Reply, void, undefined>
}

export const OK: CallStatus = { status_code: 0, error_name: '', error_message: '', details: {} }

/** The status of a failure, with the class name the chassis puts in `x-ipfscluster-error`. */
export function failure (code: number, error: { name: string, message: string }): CallStatus {
  return { status_code: code, error_name: error.name, error_message: error.message, details: {} }
}
