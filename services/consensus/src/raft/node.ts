import type { RaftOptions } from './config.js'
import { isMember } from './configuration.js'
import { hup } from './election.js'
import { InvalidParametersError, NotLeaderError, RaftUsageError } from './errors.js'
import { addPeer, removePeer } from './membership.js'
import { Raft } from './raft.js'
import { readIndex } from './read-index.js'
import type { Ready } from './ready.js'
import { reportSnapshot, reportUnreachable, selfPersisted } from './replication.js'
import { step } from './step.js'
import {
  EntryKind, Role, type Entry, type HardState, type Message, type NodeId, type PeerProgress,
  type Proposal, type SnapshotMeta, type SoftState, type Status
} from './types.js'

interface Handed {
  readonly hardState: HardState
  readonly lastEntry?: Entry
  readonly snapshotIndex?: number
  readonly appliedTo?: number
}

/**
 * One Raft peer, deterministic and free of I/O: no timers, no sockets, no
 * disk, no randomness of its own. The shell feeds it `tick()`, incoming
 * messages and client requests, and drains work with `ready()`/`advance()`
 * (see {@link Ready} for the persist/send/apply contract).
 *
 * Every method is synchronous and returns after updating in-memory state
 * only; nothing it does is durable until the shell persists a Ready.
 */
export class RaftNode {
  private readonly r: Raft
  private prevHard: HardState
  private prevSoft: SoftState
  private handed: Handed | null = null

  /**
   * Start from `options.storage` (empty storage = join mode: no
   * configuration, no election timer). Reads the whole retained log once to
   * find configuration entries.
   */
  constructor (options: RaftOptions) {
    this.r = new Raft(options)
    this.prevHard = { term: this.r.term, vote: this.r.vote, commit: this.r.log.committed }
    this.prevSoft = this.softState()
  }

  get id (): NodeId {
    return this.r.id
  }

  /** Current role (cheap; {@link status} has everything). */
  get role (): Role {
    return this.computeRole()
  }

  get term (): number {
    return this.r.term
  }

  /** The leader this node knows of for its term, or null. */
  get leader (): NodeId | null {
    return this.r.lead
  }

  get commit (): number {
    return this.r.log.committed
  }

  /** One logical tick: elections, heartbeats, CheckQuorum. */
  tick (): void {
    this.r.tick()
  }

  /** Feed a message from a peer. Messages addressed to another node are ignored; duplicates and reordering are tolerated. */
  step (m: Message): void {
    step(this.r, m)
  }

  /** Start a (pre-)election now, as if the election timer fired. No-op on a leader or non-voter. */
  campaign (): void {
    hup(this.r, false)
  }

  /**
   * Leader: append one COMMAND (or BARRIER) entry. Returns where it landed;
   * it succeeded iff a committed entry with that index and term is applied.
   * Throws NotLeaderError (with the known leader as `leader`) on a
   * non-leader and on a leader that is removing itself.
   */
  propose (data: Uint8Array, kind: typeof EntryKind.COMMAND | typeof EntryKind.BARRIER = EntryKind.COMMAND): Proposal {
    return this.r.propose([{ kind, data }])
  }

  /** Leader: append several COMMAND entries at once; returns the last one's position. */
  proposeBatch (datas: readonly Uint8Array[]): Proposal {
    if (datas.length === 0) throw new InvalidParametersError('raft: empty batch')
    return this.r.propose(datas.map(data => ({ kind: EntryKind.COMMAND, data })))
  }

  /**
   * Propose on the leader wherever we are. On the leader this is
   * {@link propose}; elsewhere the entry is sent to the known leader as a
   * fire-and-forget `propose` message (null is returned: no index, no
   * outcome — the shell's RPC forwarding (LogPin on the leader) is the path
   * that reports results). Throws NotLeaderError when no leader is known.
   */
  forward (data: Uint8Array): Proposal | null {
    if (this.r.state === 'leader') return this.propose(data)
    if (this.r.lead === null) throw new NotLeaderError('no known leader')
    this.r.send({ type: 'propose', to: this.r.lead, term: 0, entries: [{ kind: EntryKind.COMMAND, data }] })
    return null
  }

  /**
   * Leader: add `id` as a learner; the leader itself promotes it to voter
   * once its log is within maxAppendEntries of ours. Resolve the caller when
   * `status().configuration.voters` includes `id` with that entry committed.
   * Throws NotLeaderError, MembershipChangeInProgressError (previous change
   * not committed; retry later). Adding a member is a no-op returning the
   * entry that holds it.
   */
  addPeer (id: NodeId): Proposal {
    return addPeer(this.r, id)
  }

  /**
   * Leader: remove voter or learner `id`, possibly the leader itself (it keeps
   * leading without counting itself until the change commits, then steps
   * down and sends TimeoutNow to the most up-to-date voter). Throws like
   * {@link addPeer}, and InvalidParametersError for the last voter.
   */
  removePeer (id: NodeId): Proposal {
    return removePeer(this.r, id)
  }

  /**
   * Request a linearizable read point for `context` (unique per request).
   * The answer arrives as a `readStates` item of a later Ready; it never
   * arrives if leadership is lost meanwhile (use a timeout). A follower asks
   * its leader; throws NotLeaderError when no leader is known.
   */
  readIndex (context: string): void {
    if (this.r.state === 'leader') readIndex(this.r, context, this.r.id)
    else if (this.r.lead !== null) this.r.send({ type: 'readIndex', to: this.r.lead, term: 0, context })
    else throw new NotLeaderError('no known leader')
  }

  /** Leader's shell: the snapshot transfer to `to` finished (`ok`) or failed. */
  reportSnapshot (to: NodeId, ok: boolean): void {
    reportSnapshot(this.r, to, ok)
  }

  /** Leader's shell: `to` could not be reached; replication falls back to probing. */
  reportUnreachable (to: NodeId): void {
    reportUnreachable(this.r, to)
  }

  /**
   * Metadata for a snapshot of the applied state at `index` (≤ applied),
   * including the configuration in effect there. The shell writes the
   * snapshot with it, then compacts its storage (keeping trailing entries).
   */
  snapshotMeta (index: number): SnapshotMeta {
    const log = this.r.log
    if (index > log.applied || index < log.firstIndex() - 1 || index < 1) {
      throw new InvalidParametersError(`raft: cannot snapshot at ${index} (applied ${log.applied}, first index ${log.firstIndex()})`)
    }
    const point = log.configs.at(index)
    const meta = { index, term: log.term(index), configuration: point.configuration, configurationIndex: point.index }
    log.configs.compactTo(index)
    return meta
  }

  /** Term of the entry at `index` in this node's log (unstable tail included), or null if not held. */
  termAt (index: number): number | null {
    try {
      return this.r.log.term(index)
    } catch {
      return null
    }
  }

  status (): Status {
    const r = this.r
    const point = r.log.configuration()
    let progress: Record<NodeId, PeerProgress> | undefined
    if (r.state === 'leader') {
      progress = {}
      for (const [id, pr] of r.progress) progress[id] = { match: pr.match, next: pr.next, state: pr.state, learner: pr.learner }
    }
    return {
      id: r.id,
      role: this.computeRole(),
      term: r.term,
      vote: r.vote,
      leader: r.lead,
      commit: r.log.committed,
      applied: r.log.applied,
      firstIndex: r.log.firstIndex(),
      lastIndex: r.log.lastIndex(),
      snapshotIndex: this.snapshotIndex(),
      configuration: point.configuration,
      configurationIndex: point.index,
      ...(progress !== undefined ? { progress } : {})
    }
  }

  /** Is there anything for ready()? False while a Ready is outstanding. */
  hasReady (): boolean {
    if (this.handed !== null) return false
    const r = this.r
    const soft = this.softState()
    return (r.needsBroadcast && r.state === 'leader') ||
      r.msgs.length > 0 || r.msgsAfterPersist.length > 0 || r.readStates.length > 0 ||
      r.log.unstable.nextEntries().length > 0 || r.log.unstable.nextSnapshot() !== undefined ||
      r.log.hasNextCommittedEntries() ||
      r.term !== this.prevHard.term || r.vote !== this.prevHard.vote || r.log.committed !== this.prevHard.commit ||
      soft.leader !== this.prevSoft.leader || soft.role !== this.prevSoft.role
  }

  /** Hand out the next batch of work; see {@link Ready}. Throws RaftUsageError if the previous one was not advanced. */
  ready (): Ready {
    if (this.handed !== null) throw new RaftUsageError('raft: ready() called again before advance()')
    const r = this.r
    const log = r.log
    r.flush()
    const hs: HardState = { term: r.term, vote: r.vote, commit: log.committed }
    const termOrVote = hs.term !== this.prevHard.term || hs.vote !== this.prevHard.vote
    const hardChanged = termOrVote || hs.commit !== this.prevHard.commit
    const snapshot = log.unstable.nextSnapshot()
    const entries = log.unstable.nextEntries()
    const committedEntries = log.hasNextCommittedEntries() ? log.nextCommittedEntries(r.opts.maxApplyEntries) : []
    // a message sent before a new term/vote is durable could be contradicted after a crash
    const messages = termOrVote ? [] : r.msgs
    const messagesAfterPersist = termOrVote ? [...r.msgs, ...r.msgsAfterPersist] : r.msgsAfterPersist
    const soft = this.softState()
    const softChanged = soft.leader !== this.prevSoft.leader || soft.role !== this.prevSoft.role
    const rd: Ready = {
      ...(hardChanged ? { hardState: hs } : {}),
      ...(snapshot !== undefined ? { snapshot } : {}),
      entries,
      mustSync: termOrVote || entries.length > 0 || snapshot !== undefined,
      messages,
      messagesAfterPersist,
      committedEntries,
      readStates: r.readStates,
      ...(softChanged ? { softState: soft } : {})
    }
    r.msgs = []
    r.msgsAfterPersist = []
    r.readStates = []
    log.unstable.acceptInProgress()
    this.prevSoft = soft
    this.handed = {
      hardState: hs,
      ...(entries.length > 0 ? { lastEntry: entries[entries.length - 1] } : {}),
      ...(snapshot !== undefined ? { snapshotIndex: snapshot.index } : {}),
      ...(committedEntries.length > 0 ? { appliedTo: committedEntries[committedEntries.length - 1].index } : {})
    }
    return rd
  }

  /**
   * The last Ready is fully processed: persisted, sent, applied. Storage must
   * already reflect it. A leader now counts its own persisted entries towards
   * the quorum, which may commit and queue messages for the next Ready.
   */
  advance (): void {
    const h = this.handed
    if (h === null) throw new RaftUsageError('raft: advance() without ready()')
    const log = this.r.log
    if (h.snapshotIndex !== undefined) {
      log.unstable.stableSnapTo(h.snapshotIndex)
      log.applied = Math.max(log.applied, h.snapshotIndex)
    }
    if (h.lastEntry !== undefined) log.unstable.stableTo(h.lastEntry.index, h.lastEntry.term)
    if (h.appliedTo !== undefined) log.applied = Math.max(log.applied, h.appliedTo)
    this.prevHard = h.hardState
    this.handed = null
    selfPersisted(this.r, log.stableIndex())
  }

  private snapshotIndex (): number {
    try {
      return this.r.log.snapshot().index
    } catch {
      // storage is between snapshots: the compaction point is a lower bound
      return this.r.log.firstIndex() - 1
    }
  }

  private computeRole (): Role {
    const r = this.r
    switch (r.state) {
      case 'leader': return Role.LEADER
      case 'candidate': return Role.CANDIDATE
      case 'pre-candidate': return Role.PRE_CANDIDATE
      case 'follower':
        return !r.promotable() && isMember(r.configuration(), r.id) ? Role.LEARNER : Role.FOLLOWER
    }
  }

  private softState (): SoftState {
    return { leader: this.r.lead, role: this.computeRole() }
  }
}
