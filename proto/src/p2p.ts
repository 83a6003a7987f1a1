/**
 * Constants of the peer-to-peer call protocol (cluster-behaviour.md §10;
 * frames in `ipfscluster/v1/p2p.proto`).
 */

/** libp2p protocol id of relayed calls; also reported as `rpc_protocol_version`. */
export const RPC_PROTOCOL = '/ipfscluster/ts-1.0/rpc'

/** libp2p protocol id for calls to the `ipfscluster.consensus.v1.Raft` service (long-lived streams). */
export const RAFT_PROTOCOL = '/ipfscluster/ts-1.0/raft'

/** Largest encoded `Frame` accepted on either protocol, bytes (16 MiB). */
export const MAX_FRAME_BYTES = 16 * 1024 * 1024

/** Largest number of concurrent streams per connection and protocol, each way. */
export const MAX_STREAMS_PER_PROTOCOL = 256

/**
 * gRPC metadata key with which the relay tells the local callee who called:
 * the remote peer ID taken from the libp2p connection (never from a frame).
 * Absent on calls that did not come through the relay.
 */
export const REMOTE_PEER_METADATA_KEY = 'x-ipfscluster-remote-peer'

/** gRPC trailing metadata key carrying the error class name (conventions.md §6); `Status.error_name` on the wire. */
export const ERROR_METADATA_KEY = 'x-ipfscluster-error'

const RAFT_SERVICE_PREFIX = '/ipfscluster.consensus.v1.Raft/'

/** The libp2p protocol a relayed call of `methodPath` travels on. */
export function protocolFor (methodPath: string): typeof RPC_PROTOCOL | typeof RAFT_PROTOCOL {
  return methodPath.startsWith(RAFT_SERVICE_PREFIX) ? RAFT_PROTOCOL : RPC_PROTOCOL
}
