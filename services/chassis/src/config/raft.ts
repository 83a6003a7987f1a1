/**
 * `consensus.raft` (config.md §4.2): the consensus service's Raft timers and
 * storage. The timer names and defaults are hashicorp/raft's, as in the seed.
 */
import { InvalidConfigError } from '../errors.js'
import { atLeast, between, durationAtLeast, notNegative, positive } from './checks.js'
import { defineSection, field, omitWhenDefault } from './section.js'
import { duration, int, listOf, peerId, string } from './types.js'

/** The `consensus.raft` section. Durations in milliseconds. */
export interface RaftConfig {
  /** Consensus data folder; `""` = `ipfs-cluster-data`; relative to the config folder (`resolvePath`). */
  dataFolder: string
  /** Max wait for a leader (start, join, forwarding). */
  waitForLeaderTimeout: number
  /** Deadline of one Raft RPC to a peer. */
  networkTimeout: number
  /** Extra attempts of a forwarded commit, add or remove. */
  commitRetries: number
  /** Pause between those attempts. */
  commitRetryDelay: number
  /** `.old.N` backups kept. */
  backupsRotate: number
  /** Follower: no contact this long (randomised 1–2×) starts an election. */
  heartbeatTimeout: number
  /** Candidate: election round timeout (randomised 1–2×). */
  electionTimeout: number
  /** Max delay before the leader sends pending entries or the commit index. */
  commitTimeout: number
  /** Entries per AppendEntries and per group-commit batch. */
  maxAppendEntries: number
  /** Entries kept after a snapshot for slow followers. */
  trailingLogs: number
  /** How often to check whether to snapshot (randomised 1–2×). */
  snapshotInterval: number
  /** Entries since the last snapshot that trigger one. */
  snapshotThreshold: number
  /** The leader steps down after not reaching a quorum this long. */
  leaderLeaseTimeout: number
  /** v1.x: initial voters when there is no state and `cluster.peers` is empty. */
  initPeerset: string[]
}

/** hashicorp/raft refuses timers below 5 ms. */
const MIN_TIMER_MS = 5

/** The `consensus.raft` section. */
export const raftSection = defineSection<RaftConfig>('consensus.raft', 'CLUSTER_RAFT_', {
  dataFolder: omitWhenDefault(field('data_folder', string, '')),
  waitForLeaderTimeout: field('wait_for_leader_timeout', duration, '15s', positive),
  networkTimeout: field('network_timeout', duration, '10s', positive),
  commitRetries: field('commit_retries', int, 1, notNegative),
  commitRetryDelay: field('commit_retry_delay', duration, '200ms', notNegative),
  backupsRotate: field('backups_rotate', int, 5, atLeast(1)),
  heartbeatTimeout: field('heartbeat_timeout', duration, '1s', durationAtLeast(MIN_TIMER_MS)),
  electionTimeout: field('election_timeout', duration, '1s', durationAtLeast(MIN_TIMER_MS)),
  commitTimeout: field('commit_timeout', duration, '50ms', durationAtLeast(1)),
  maxAppendEntries: field('max_append_entries', int, 64, between(1, 1024)),
  trailingLogs: field('trailing_logs', int, 10240, notNegative),
  snapshotInterval: field('snapshot_interval', duration, '2m0s', durationAtLeast(MIN_TIMER_MS)),
  snapshotThreshold: field('snapshot_threshold', int, 8192, atLeast(1)),
  leaderLeaseTimeout: field('leader_lease_timeout', duration, '500ms', durationAtLeast(MIN_TIMER_MS)),
  initPeerset: omitWhenDefault(field('init_peerset', listOf(peerId), []))
}, {
  prepare (json, at, notices) {
    const { datastore_namespace: namespace, ...rest } = json
    if (namespace !== undefined) notices.warn(`${at}.datastore_namespace is not used`)
    return rest
  },
  validate (cfg, at) {
    if (cfg.electionTimeout < cfg.heartbeatTimeout) {
      throw new InvalidConfigError(`${at}.election_timeout: must be equal or greater than heartbeat_timeout`)
    }
    if (cfg.leaderLeaseTimeout > cfg.heartbeatTimeout) {
      throw new InvalidConfigError(`${at}.leader_lease_timeout: cannot be larger than heartbeat_timeout`)
    }
    return cfg
  }
})
