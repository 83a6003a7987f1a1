/**
 * Named errors of the peer-management domain, registered with the chassis
 * so they cross gRPC boundaries as their own class.
 */
import { status as Status } from '@grpc/grpc-js'
import { ClusterError, registerError } from '@ipfscluster/chassis'

/**
 * Another peer cannot be reached: the dial failed (no address, refused,
 * timed out, cluster secret mismatch) or the libp2p stream broke. The
 * message names the peer or address. Maps to UNAVAILABLE (retryable).
 */
export class PeerUnavailableError extends ClusterError {}

registerError(PeerUnavailableError, Status.UNAVAILABLE)
