/**
 * What the consensus process takes from the configuration (config.md §4.1,
 * §4.2): its identity, the data folder, the `consensus.raft` timers and how
 * the first configuration is formed (consensus.md §4).
 */
import { DEFAULT_DATA_FOLDER, loadConfig, logger, resolvePath, type Environment, type RaftConfig } from '@ipfscluster/chassis'

/** How a node with no state forms its first configuration. */
export type Start =
  /** `cluster.peers` (or `init_peerset`) + self, all voters, at index 1 term 1 (self alone when empty). */
  | { mode: 'static', voters: string[] }
  /** `cluster.bootstrap` set: no configuration, wait to be added by a leader. */
  | { mode: 'join' }

export interface ConsensusSettings {
  /** This peer's ID (`IPFS_CLUSTER_PEER_ID`, else `cluster.id`). */
  id: string
  /** Absolute data folder. */
  dataFolder: string
  raft: RaftConfig
  /** Used only when the data folder holds no state. */
  start: Start
}

/** The peer ID at the end of a `/p2p/<id>` multiaddress. */
export function peerIdOf (address: string): string {
  const parts = address.split('/')
  return parts[parts.length - 1]
}

/** Loads and validates `<folder>/service.json`; the library's notices go to the `config` facility. */
export async function loadSettings (folder: string, env: Environment = process.env): Promise<ConsensusSettings> {
  const { config, notices, folder: absolute } = await loadConfig(folder, { env })
  const log = logger('config')
  for (const n of notices) log[n.level](n.message)
  const id = env.IPFS_CLUSTER_PEER_ID ?? config.cluster.id
  const peers = config.cluster.peers.length > 0 ? config.cluster.peers.map(peerIdOf) : config.raft.initPeerset
  const start: Start = peers.length === 0 && config.cluster.bootstrap.length > 0
    ? { mode: 'join' }
    : { mode: 'static', voters: [...new Set([id, ...peers])].sort() }
  return {
    id,
    dataFolder: resolvePath(absolute, config.raft.dataFolder === '' ? DEFAULT_DATA_FOLDER : config.raft.dataFolder),
    raft: config.raft,
    start
  }
}
