/**
 * What this process takes from the configuration (config.md §4.1, §4.2,
 * §4.7), read and validated by the chassis config library like every
 * process does at start: a bad value throws InvalidConfigError naming the
 * key, and the process exits 78.
 */
import type { PrivateKey } from '@libp2p/interface'
import { multiaddr, type Multiaddr } from '@multiformats/multiaddr'
import { decodePrivateKey, loadConfig as loadClusterConfig, logger, type ClusterConfig, type Environment } from '@ipfscluster/chassis'

/** What the peer-management process needs from the configuration. */
export interface PeerManagementConfig {
  identity: {
    privateKey: PrivateKey
    /** Base58 peer ID, as the key gives it. */
    peerId: string
  }
  /** `cluster.secret` (64 hex characters); undefined = unprotected network. */
  secret: string | undefined
  /** `cluster.peers`: cluster members to connect to at boot. */
  peers: Multiaddr[]
  /** `cluster.bootstrap`: peers to join through, in order. */
  bootstrap: Multiaddr[]
  /** `cluster.listen_multiaddress`. */
  listen: Multiaddr[]
  /** `cluster.monitor_ping_interval`, ms: period of the `ping` metric (TTL 2×). */
  pingInterval: number
  /** `monitor.monbasic.check_interval`, ms: how often metrics are checked for expiry. */
  checkInterval: number
  /** `consensus.raft.network_timeout`, ms: bound of one dial or metric push to a peer. */
  networkTimeout: number
}

/** Loads `<folder>/service.json` (with `identity.json` and `CLUSTER_*` overrides); the library's notices go to the `config` facility. */
export async function loadConfig (folder: string, env: Environment = process.env): Promise<PeerManagementConfig> {
  const { config, notices } = await loadClusterConfig(folder, { env })
  const log = logger('config')
  for (const n of notices) log[n.level](n.message)
  return peerManagementConfig(config)
}

/** The keys this process uses, out of a validated configuration. */
export function peerManagementConfig (config: ClusterConfig): PeerManagementConfig {
  const { cluster } = config
  return {
    identity: { privateKey: decodePrivateKey(cluster.privateKey), peerId: cluster.id },
    secret: cluster.secret === '' ? undefined : cluster.secret,
    peers: cluster.peers.map(a => multiaddr(a)),
    bootstrap: cluster.bootstrap.map(a => multiaddr(a)),
    listen: cluster.listenMultiaddress.map(a => multiaddr(a)),
    pingInterval: cluster.monitorPingInterval,
    checkInterval: config.monbasic.checkInterval,
    networkTimeout: config.raft.networkTimeout
  }
}
