/**
 * The named error classes every service throws. A class's `name` is its own
 * class name (set from the class, never typed twice); the gRPC boundary maps
 * each class to a status code and rebuilds the same class on the client side
 * (see grpc/status-mapping.ts).
 */
export class ClusterError extends Error {
  constructor (message: string, options?: ErrorOptions) {
    super(message, options)
    this.name = new.target.name
  }
}

export class InvalidParametersError extends ClusterError {}
export class InvalidConfigError extends ClusterError {}
export class NotFoundError extends ClusterError {}
export class AlreadyExistsError extends ClusterError {}
/** A method that is closed to remote peers was called remotely, or the caller is not allowed. */
export class PermissionDeniedError extends ClusterError {}
/** This peer is not the Raft leader; `leader` names the one it knows of. */
export class NotLeaderError extends ClusterError {
  constructor (message = 'not the leader', readonly leader?: string) {
    super(message)
  }
}
export class NoLeaderError extends ClusterError {}
export class NotReadyError extends ClusterError {}
export class IpfsUnavailableError extends ClusterError {}
/**
 * Another peer cannot be reached: the dial failed (no address, refused,
 * timed out, cluster secret mismatch) or the libp2p stream broke. Unlike
 * {@link ServiceUnavailableError} it is not retried blindly by idempotent
 * local calls: the peer may be gone for good.
 */
export class PeerUnavailableError extends ClusterError {}
/** A local service process is down or restarting; retryable. */
export class ServiceUnavailableError extends ClusterError {}
export class UnsupportedOperationError extends ClusterError {}
export class MembershipChangeInProgressError extends ClusterError {}
export class TimeoutError extends ClusterError {}
/** A message is larger than a limit on its way (e.g. the relay's frame size); the message says both sizes. */
export class MessageTooLargeError extends ClusterError {}
export class AbortError extends ClusterError {
  constructor (message = 'the operation was aborted') {
    super(message)
  }
}
/** An unexpected failure on the other side of a call; its details stay in that process's log. */
export class InternalError extends ClusterError {}
