import { InvalidParametersError } from './errors.js'
import type { Storage } from './storage.js'
import type { NodeId } from './types.js'

/**
 * Options of one Raft core. All times are in ticks: the core has no clock;
 * the shell calls `tick()` at a fixed period and converts config.md §4.2
 * durations with {@link ticksFromDurations}.
 */
export interface RaftOptions {
  /** This node's ID. */
  readonly id: NodeId
  /** The durable log; see {@link Storage}. */
  readonly storage: Storage
  /** Source of election jitter, uniform in [0, 1). Inject a seeded PRNG in tests. */
  readonly random: () => number
  /** `heartbeat_timeout`: a follower campaigns after a random [1×, 2×) of this without leader contact; also the stickiness window. */
  readonly electionTicks: number
  /** `election_timeout`: a (pre-)candidate restarts after a random [1×, 2×) of this. Default electionTicks. */
  readonly candidateTicks?: number
  /** Leader heartbeat period (heartbeat_timeout / 10). */
  readonly heartbeatTicks: number
  /** `leader_lease_timeout`: CheckQuorum window; a leader that has not heard from a quorum this long steps down. Default electionTicks. */
  readonly leaseTicks?: number
  /** `max_append_entries`: entries per append message; also the promotion threshold. Default 64. */
  readonly maxAppendEntries?: number
  /** Append messages in flight per follower before replication pauses. Default 64. */
  readonly maxInflight?: number
  /** Committed entries handed out per Ready. Default 1024. */
  readonly maxApplyEntries?: number
  /** PreVote (§9.6 of the thesis). Default true. */
  readonly preVote?: boolean
  /** CheckQuorum and leader stickiness. Default true. */
  readonly checkQuorum?: boolean
  /** The leader promotes caught-up learners to voters by itself. Default true. */
  readonly autoPromote?: boolean
  /** Highest index the shell's state machine already holds at start. Default: the snapshot index. */
  readonly applied?: number
}

export type ResolvedOptions = Required<Omit<RaftOptions, 'applied'>> & { readonly applied?: number }

/** Fill defaults and check ranges; throws InvalidParametersError. */
export function resolveOptions (o: RaftOptions): ResolvedOptions {
  const r: ResolvedOptions = {
    candidateTicks: o.electionTicks,
    leaseTicks: o.electionTicks,
    maxAppendEntries: 64,
    maxInflight: 64,
    maxApplyEntries: 1024,
    preVote: true,
    checkQuorum: true,
    autoPromote: true,
    ...o
  }
  if (r.id === '') throw new InvalidParametersError('raft: id must not be empty')
  const positive: Array<keyof ResolvedOptions> = ['electionTicks', 'candidateTicks', 'heartbeatTicks', 'leaseTicks', 'maxAppendEntries', 'maxInflight', 'maxApplyEntries']
  for (const k of positive) {
    const v = r[k]
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 1) throw new InvalidParametersError(`raft: ${k} must be a positive integer`)
  }
  if (r.heartbeatTicks >= r.electionTicks) throw new InvalidParametersError('raft: heartbeatTicks must be less than electionTicks')
  if (r.leaseTicks > r.electionTicks) throw new InvalidParametersError('raft: leaseTicks cannot be larger than electionTicks')
  return r
}

/** Durations of config.md §4.2 in milliseconds. */
export interface RaftDurations {
  readonly heartbeatTimeoutMs: number
  readonly electionTimeoutMs: number
  readonly leaderLeaseTimeoutMs: number
}

/**
 * Tick counts for a tick period of `tickMs` (the shell's timer). The leader
 * heartbeats every heartbeat_timeout / 10 (consensus.md §6), so a tick of
 * that size (100 ms by default) keeps every count ≥ 1.
 */
export function ticksFromDurations (d: RaftDurations, tickMs: number): Pick<RaftOptions, 'electionTicks' | 'candidateTicks' | 'heartbeatTicks' | 'leaseTicks'> {
  const t = (ms: number): number => Math.max(1, Math.round(ms / tickMs))
  const electionTicks = Math.max(2, t(d.heartbeatTimeoutMs))
  return {
    electionTicks,
    candidateTicks: t(d.electionTimeoutMs),
    heartbeatTicks: Math.min(electionTicks - 1, t(d.heartbeatTimeoutMs / 10)),
    leaseTicks: Math.min(electionTicks, t(d.leaderLeaseTimeoutMs))
  }
}
