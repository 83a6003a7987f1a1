/**
 * @packageDocumentation
 * The peer-management service: the peer's libp2p host (identity, cluster
 * secret as private network), the address book kept connected and saved in
 * `peerstore`, bootstrap and leave, the relay that carries gRPC calls to
 * other peers without decoding them, and the peer monitor (metrics with a
 * TTL from every peer, alerts when they expire).
 *
 * The supervisor runs it as a process:
 * `node --import @ipfscluster/chassis/preload dist/src/main.js`, with
 * `IPFS_CLUSTER_PATH` set; it serves `ipfscluster.peermanagement.v1.PeerManager`
 * and `PeerMonitor` on `<sockets>/peer-management.sock`.
 *
 * @example
 * ```ts
 * // Another local process calling Cluster.ID on peer P through the relay:
 * const pm = connect(loadProtos().ipfscluster.peermanagement.v1.PeerManager, socketOf('peer-management'), 'peer-management')
 * const { payload, status } = await pm.Call({ peer: P, method: '/ipfscluster.cluster.v1.Cluster/ID', payload: Buffer.alloc(0) })
 * if (status?.status_code === 0) console.log(codec('ipfscluster.cluster.v1.IDResponse').decode(payload))
 * ```
 */
export const SERVICE_NAME = 'peer-management'
export { loadConfig, peerManagementConfig, type PeerManagementConfig } from './config.js'
export { PeerUnavailableError } from './errors.js'
export { PeerManager, type PeerInfo } from './peer-manager.js'
