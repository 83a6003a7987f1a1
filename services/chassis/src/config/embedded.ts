/**
 * `ipfs_connector.embedded`: an IPFS node inside the ipfs-connector (Helia,
 * blocks on disk in the config folder) instead of a Kubo daemon — a project
 * addition (ARCHITECTURE "Embedded default"). The section's presence turns it
 * on; `init` does not write it. Request timeouts and the proxy keep coming
 * from `ipfs_connector.ipfshttp`; its `node_multiaddress`/`node_https` are
 * then unused.
 */
import { notEmpty, positive, tcpListeners } from './checks.js'
import { defineSection, field } from './section.js'
import { int, listOf, multiaddrs, peerMultiaddr, string } from './types.js'

/** The `ipfs_connector.embedded` section. */
export interface EmbeddedIpfsConfig {
  /** Block and data store folder; relative to the config folder (`resolvePath`). */
  repoPath: string
  /** libp2p swarm listen addresses of the IPFS node, `/ip4|/ip6/…/tcp/<port>`. */
  listenMultiaddress: string[]
  /** IPFS peers to connect to at start (`…/p2p/<id>`); none by default (the cluster connects its peers' IPFS). */
  bootstrap: string[]
  /** Repository size limit in bytes, reported as `StorageMax` (Kubo's default 10 GB). */
  storageMax: number
}

/** The `ipfs_connector.embedded` section. */
export const embeddedSection = defineSection<EmbeddedIpfsConfig>('ipfs_connector.embedded', 'CLUSTER_EMBEDDED_', {
  repoPath: field('repo_path', string, 'ipfs-repo', notEmpty),
  listenMultiaddress: field('listen_multiaddress', multiaddrs, '/ip4/0.0.0.0/tcp/4001', tcpListeners),
  bootstrap: field('bootstrap', listOf(peerMultiaddr), []),
  storageMax: field('storage_max', int, 10_000_000_000, positive)
})
