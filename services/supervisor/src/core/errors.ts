/**
 * Error classes of the cluster core. Both answer 500 on the REST API with
 * the original's texts (rest-api.md §4) and cross gRPC with their class, so
 * the IPFS proxy and other peers see the same message.
 */
import { status } from '@grpc/grpc-js'
import { ClusterError, registerError } from '@ipfscluster/chassis'

/** A pin request the core refuses (expiry in the past, repin with another type or mode, bad replication). */
export class PinValidationError extends ClusterError {}

/** Allocation found fewer peers than the pin's minimum replication. */
export class AllocationError extends ClusterError {}

registerError(PinValidationError, status.FAILED_PRECONDITION)
registerError(AllocationError, status.FAILED_PRECONDITION)
