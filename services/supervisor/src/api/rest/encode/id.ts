import type { PeerIdentity, UnreachablePeer } from '../cluster-api.js'
import type { JsonValue } from './json.js'

/** The `ID` JSON object (rest-api.md §7.1); an unreachable peer gets the empty shape with its error. */
export function encodeId (peer: PeerIdentity | UnreachablePeer): JsonValue {
  const full = 'clusterPeers' in peer ? peer : undefined
  return {
    id: peer.id,
    addresses: full?.addresses ?? null,
    cluster_peers: full?.clusterPeers ?? [],
    cluster_peers_addresses: full?.clusterPeersAddresses ?? [],
    version: full?.version ?? '',
    commit: full?.commit ?? '',
    rpc_protocol_version: full?.rpcProtocolVersion ?? '',
    error: peer.error,
    ipfs: { id: full?.ipfs.id, addresses: full?.ipfs.addresses ?? null, error: full?.ipfs.error ?? '' },
    peername: full?.peername ?? ''
  }
}
