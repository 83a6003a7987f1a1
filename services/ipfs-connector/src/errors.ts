/**
 * The connector's own error classes (ipfs.md §1.2), registered with the
 * chassis so they cross gRPC with their class and message. The chassis
 * classes cover the rest: `IpfsUnavailableError` (daemon unreachable or not
 * ready → UNAVAILABLE), `TimeoutError` (→ DEADLINE_EXCEEDED),
 * `InvalidParametersError` (→ INVALID_ARGUMENT).
 */
import { status } from '@grpc/grpc-js'
import { ClusterError, formatDuration, registerError, TimeoutError } from '@ipfscluster/chassis'
import type { CID } from 'multiformats/cid'

/**
 * The IPFS daemon answered, but with an error (non-200, or a body that could
 * not be decoded). `status` is the HTTP status (0 when the body was bad),
 * `ipfsMessage` the daemon's own `Message`.
 */
export class IpfsError extends ClusterError {
  constructor (message: string, readonly status = 0, readonly ipfsMessage = '') {
    super(message)
  }
}

/** `unpin_disable` is set: this peer refuses to unpin in IPFS. */
export class UnpinDisabledError extends ClusterError {
  constructor () {
    super('ipfs unpinning is disallowed by configuration on this peer')
  }
}

/** A pin that made no progress for `pin_timeout`: `pinning <cid> timed out: no progress in IPFS for <d> (pin_timeout)`. */
export function pinStalled (cid: CID, ms: number): TimeoutError {
  return new TimeoutError(`pinning ${cid.toString()} timed out: no progress in IPFS for ${formatDuration(ms)} (pin_timeout)`)
}

registerError(IpfsError, status.INTERNAL)
registerError(UnpinDisabledError, status.FAILED_PRECONDITION)
