/** What every part of the cluster core shares: clients, settings, the local tracker. */
import type { Logger } from '@ipfscluster/chassis'
import type { CoreClients } from './clients.js'
import type { LocalTracker } from './local-tracker.js'
import type { PeerCaller } from './peer-caller.js'

/** The allocation metric chosen by `--alloc` (cluster-behaviour.md §4). */
export type AllocationMetric = 'freespace' | 'reposize' | 'numpin'

/** The core's view of the configuration (durations in ms). */
export interface CoreSettings {
  /** This peer's cluster peer ID. */
  self: string
  peername: string
  /** `cluster.replication_factor_min/max`. */
  replicationMin: number
  replicationMax: number
  disableRepinning: boolean
  allocationMetric: AllocationMetric
  /** Bound of each call to another peer (`consensus.raft.network_timeout`). */
  peerTimeout: number
  /** Join: how long to wait for the new peer to see the whole peerset (`consensus.raft.wait_for_leader_timeout`). */
  joinTimeout: number
}

/** Shared by the core's modules. */
export interface CoreContext {
  settings: CoreSettings
  clients: CoreClients
  peers: PeerCaller
  tracker: LocalTracker
  /** Publishes every informer metric now (`Cluster.SendInformerMetrics`). */
  publishMetrics: () => Promise<void>
  log: Logger
}

/** Unary calls to local services that may be repeated while the service restarts. */
export const IDEMPOTENT = { idempotent: true } as const
