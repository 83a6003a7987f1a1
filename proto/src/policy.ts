/**
 * Which RPCs other peers may call through the relay (cluster-behaviour.md
 * §10–§11; the Go original's `rpc_policy.go`).
 *
 * - `open`: any peer that completed the secret (pnet) handshake.
 * - `trusted`: any peer of the current consensus configuration (voters and
 *   learners). While this peer is in join mode (its consensus has an empty
 *   configuration) every peer with the secret counts as trusted: a joining
 *   peer cannot know the members yet, and the join flow calls
 *   `PeerManager.ImportAddresses`, `IPFSConnector.ConnectSwarms` and the Raft
 *   messages on it (cluster-behaviour.md §9.2; the T* of §11). The Go
 *   original's Raft mode trusted every peer with the secret.
 * - `closed`: local callers only. Unknown methods are closed.
 *
 * A closed or unknown method called remotely, or a trusted one called by a
 * non-member, fails with `PERMISSION_DENIED` `method <m> is not callable
 * remotely`. The table is checked against the protos at compile time (every
 * RPC needs an entry, no entry may name a missing RPC) and by a test.
 */
import type { ServiceDefinitionOf, ServiceName } from './load.js'

/** Remote callability of one RPC. */
export type Policy = 'open' | 'trusted' | 'closed'

type KnownKeys<T> = keyof { [K in keyof T as string extends K ? never : number extends K ? never : K]: true }

/** A policy for every method of every service, by full service name and method name. */
export type PolicyTable = { readonly [S in ServiceName]: { readonly [M in KnownKeys<ServiceDefinitionOf<S>>]: Policy } }

/** The policy table. */
export const policies: PolicyTable = {
  'ipfscluster.cluster.v1.Cluster': {
    ID: 'open',
    Version: 'open',
    PeerAdd: 'open',
    Peers: 'trusted',
    PeerRemove: 'trusted',
    Join: 'closed',
    Pin: 'closed',
    Unpin: 'closed',
    PinPath: 'closed',
    UnpinPath: 'closed',
    Pins: 'closed',
    PinGet: 'closed',
    Status: 'closed',
    StatusAll: 'closed',
    StatusLocal: 'closed',
    StatusAllLocal: 'closed',
    SyncLocal: 'closed',
    SyncAllLocal: 'closed',
    StateSync: 'closed',
    Recover: 'closed',
    RecoverAll: 'closed',
    RecoverLocal: 'trusted',
    RecoverAllLocal: 'trusted',
    BlockAllocate: 'closed',
    SendInformerMetrics: 'closed',
    Alerts: 'closed',
    RepoStat: 'closed'
  },
  'ipfscluster.cluster.v1.PinTracker': {
    Track: 'closed',
    Untrack: 'closed',
    Status: 'trusted',
    StatusAll: 'trusted',
    Recover: 'trusted',
    RecoverAll: 'closed'
  },
  'ipfscluster.consensus.v1.Consensus': {
    LogPin: 'trusted',
    LogUnpin: 'trusted',
    PinGet: 'closed',
    List: 'closed',
    WatchApplied: 'closed',
    Leader: 'closed',
    Peers: 'closed',
    AddPeer: 'trusted',
    RmPeer: 'trusted',
    WaitForSync: 'closed',
    Snapshot: 'closed',
    Status: 'closed'
  },
  'ipfscluster.consensus.v1.Raft': {
    Message: 'trusted',
    Messages: 'trusted'
  },
  'ipfscluster.peermanagement.v1.PeerManager': {
    ID: 'closed',
    Peers: 'closed',
    ConnectPeer: 'closed',
    RemovePeer: 'closed',
    AddPeer: 'trusted',
    ImportAddresses: 'trusted',
    RemoteMultiaddrForPeer: 'open',
    Leave: 'closed',
    Bootstrap: 'closed',
    // The caller announces its own departure; it is no member any more.
    PeerLeaving: 'open',
    // The relay itself is local only: a relayed call cannot relay again.
    Call: 'closed',
    CallStream: 'closed',
    CallBidi: 'closed'
  },
  'ipfscluster.peermanagement.v1.PeerMonitor': {
    LogMetric: 'trusted',
    PublishMetric: 'closed',
    LatestMetrics: 'closed',
    MetricNames: 'closed',
    Alerts: 'closed'
  },
  'ipfscluster.ipfsconnector.v1.IPFSConnector': {
    ID: 'closed',
    Version: 'closed',
    Pin: 'closed',
    Unpin: 'closed',
    PinUpdate: 'closed',
    PinLsCid: 'closed',
    PinLs: 'closed',
    RepoStat: 'trusted',
    ConnectSwarms: 'trusted',
    SwarmPeers: 'trusted',
    ConfigKey: 'closed',
    Resolve: 'closed',
    BlockStream: 'trusted',
    BlockPut: 'closed',
    BlockGet: 'closed',
    Add: 'closed'
  }
}

/**
 * Policy of a method by its gRPC path (`/ipfscluster.cluster.v1.Cluster/ID`).
 * Malformed paths and unknown methods are `closed`.
 */
export function policyOf (methodPath: string): Policy {
  const m = /^\/([A-Za-z0-9_.]+)\/([A-Za-z0-9_]+)$/.exec(methodPath)
  if (m === null) return 'closed'
  const service = (policies as Readonly<Record<string, Readonly<Record<string, Policy>> | undefined>>)[m[1] as string]
  if (service === undefined || !Object.hasOwn(service, m[2] as string)) return 'closed'
  return service[m[2] as string] ?? 'closed'
}
