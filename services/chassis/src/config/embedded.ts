/**
 * `ipfs_connector.embedded`: an IPFS node inside the ipfs-connector (Helia,
 * blocks on disk in the config folder) instead of a Kubo daemon — a project
 * addition (ARCHITECTURE "Embedded default"). Off unless `enabled`, so that
 * `CLUSTER_EMBEDDED_ENABLED=true` alone can turn it on; `init` writes the
 * section only when it differs from these defaults. Request timeouts and the
 * proxy keep coming from `ipfs_connector.ipfshttp`, whose
 * `node_multiaddress`/`node_https` are then unused.
 */
import { notEmpty, positive, tcpListeners } from './checks.js'
import { defineSection, field } from './section.js'
import { bool, byteSize, multiaddrs, string } from './types.js'

/** The `ipfs_connector.embedded` section. */
export interface EmbeddedIpfsConfig {
  /** Run the embedded node instead of talking to the daemon at `ipfshttp.node_multiaddress`. */
  enabled: boolean
  /** Folder of its blocks, datastore and key; relative to the config folder (`resolvePath`). */
  repoPath: string
  /** libp2p (bitswap) listen addresses of the node, `/ip4|/ip6/…/tcp/<port>`. */
  listenMultiaddress: string[]
  /** Repository size limit in bytes, reported as `StorageMax` (Kubo syntax in the file, default 10GB). */
  storageMax: number
}

/** The `ipfs_connector.embedded` section. */
export const embeddedSection = defineSection<EmbeddedIpfsConfig>('ipfs_connector.embedded', 'CLUSTER_EMBEDDED_', {
  enabled: field('enabled', bool, false),
  repoPath: field('repo_path', string, 'ipfs-repo', notEmpty),
  listenMultiaddress: field('listen_multiaddress', multiaddrs, '/ip4/0.0.0.0/tcp/4001', tcpListeners),
  storageMax: field('storage_max', byteSize, '10GB', positive)
})
