import { resolveOptions, type RaftOptions, type ResolvedOptions } from './config.js'
import { isVoter } from './configuration.js'
import { hup } from './election.js'
import { NotLeaderError } from './errors.js'
import { RaftLog } from './log.js'
import { syncProgress } from './membership.js'
import { ReadIndexQueue } from './read-index.js'
import { bcastHeartbeat, sendAppend } from './replication.js'
import { EntryKind, type Configuration, type Message, type NodeId, type Proposal, type ReadState } from './types.js'
import type { Progress } from './progress.js'

/** Internal role; "learner" is derived from the configuration, not a state. */
export type StateType = 'follower' | 'pre-candidate' | 'candidate' | 'leader'

/** Messages whose sending must wait for the Ready's persistence (they vouch for durable state). */
const AFTER_PERSIST = new Set<Message['type']>(['vote', 'voteResponse', 'appendResponse'])

/** Distributive Omit, so a message literal is checked against its own variant. */
export type Outgoing = Message extends infer M ? M extends Message ? Omit<M, 'from'> : never : never

/**
 * The Raft state machine proper. Internal: the shell drives it through
 * {@link RaftNode}. Fields are public so the helpers (step.ts, election.ts,
 * replication.ts, follower.ts, membership.ts, read-index.ts) can share them.
 */
export class Raft {
  readonly id: NodeId
  readonly opts: ResolvedOptions
  readonly log: RaftLog
  term: number
  vote: NodeId | null
  state: StateType = 'follower'
  lead: NodeId | null = null
  /** Messages that may leave at once. */
  msgs: Message[] = []
  /** Messages that may leave only once the next Ready is persisted. */
  msgsAfterPersist: Message[] = []
  readStates: ReadState[] = []
  /** Votes received in the current (pre-)campaign. */
  readonly votes = new Map<NodeId, boolean>()
  /** Leader only: every peer replicated to (voters, learners, departing members), not self. */
  readonly progress = new Map<NodeId, Progress>()
  /** Leader only: highest index durable in the leader's own log. */
  selfMatch = 0
  /** Ticks since the last leader contact (follower) or since the role began. */
  electionElapsed = 0
  heartbeatElapsed = 0
  randomizedTimeout = 0
  /** Logical clock in ticks, for "heard from within N ticks". */
  now = 0
  readonly reads = new ReadIndexQueue()
  /** Leader only: read requests waiting for the first commit of the term. */
  pendingReads: Array<{ context: string, from: NodeId }> = []
  /** Configuration index the progress map was last built for. */
  syncedConfigIndex = -1
  /** New entries await replication; flushed by ready() so proposals batch. */
  needsBroadcast = false

  constructor (options: RaftOptions) {
    this.opts = resolveOptions(options)
    this.id = options.id
    this.log = new RaftLog(options.storage)
    const hs = options.storage.initialState()
    this.term = hs.term
    this.vote = hs.vote
    // a commit index ahead of the durable log (torn write) is only forgotten knowledge
    this.log.commitTo(Math.min(hs.commit, this.log.lastIndex()))
    if (options.applied !== undefined) this.log.applied = Math.min(options.applied, this.log.committed)
    this.becomeFollower(this.term, null)
  }

  configuration (): Configuration {
    return this.log.configuration().configuration
  }

  /**
   * May this node campaign? Voters may. So may a voter of the previous
   * configuration while its removal is uncommitted: the others may still
   * need it to elect anyone (thesis §4.2.2); its own vote does not count.
   * Learners, join-mode nodes and nodes that know their removal committed never do.
   */
  promotable (): boolean {
    const point = this.log.configuration()
    if (isVoter(point.configuration, this.id)) return true
    return point.index > this.log.committed && isVoter(this.log.configs.previous().configuration, this.id)
  }

  send (m: Outgoing): void {
    const msg = { ...m, from: this.id } as Message
    if (AFTER_PERSIST.has(msg.type)) this.msgsAfterPersist.push(msg)
    else this.msgs.push(msg)
  }

  private reset (term: number): void {
    if (term !== this.term) {
      this.term = term
      this.vote = null
    }
    this.lead = null
    this.electionElapsed = 0
    this.heartbeatElapsed = 0
    this.votes.clear()
    this.progress.clear()
    this.reads.reset()
    this.pendingReads = []
    this.needsBroadcast = false
  }

  private randomize (base: number): void {
    this.randomizedTimeout = base + Math.floor(this.opts.random() * base)
  }

  becomeFollower (term: number, lead: NodeId | null): void {
    this.reset(term)
    this.state = 'follower'
    this.lead = lead
    this.randomize(this.opts.electionTicks)
  }

  becomePreCandidate (): void {
    if (this.state === 'leader') throw new Error('raft: leader cannot become pre-candidate')
    // no term change, no vote: a pre-campaign must leave no trace if it fails
    this.state = 'pre-candidate'
    this.votes.clear()
    this.lead = null
    this.electionElapsed = 0
    this.randomize(this.opts.candidateTicks)
  }

  becomeCandidate (): void {
    if (this.state === 'leader') throw new Error('raft: leader cannot become candidate')
    this.reset(this.term + 1)
    this.vote = this.id
    this.state = 'candidate'
    this.randomize(this.opts.candidateTicks)
  }

  becomeLeader (): void {
    if (this.state === 'follower') throw new Error('raft: follower cannot become leader')
    this.reset(this.term)
    this.state = 'leader'
    this.lead = this.id
    this.selfMatch = this.log.stableIndex()
    this.syncedConfigIndex = -1
    this.syncConfig()
    // committing a NOOP of our term commits every earlier entry (§5.4.2)
    this.appendEntries([{ kind: EntryKind.NOOP, data: new Uint8Array(0) }])
  }

  /** Leader: append new entries of the current term; replication happens at the next flush. */
  appendEntries (items: ReadonlyArray<{ kind: EntryKind, data: Uint8Array }>): Proposal {
    let index = this.log.lastIndex()
    const ents = items.map(it => ({ index: ++index, term: this.term, kind: it.kind, data: it.data }))
    this.log.append(ents)
    this.syncConfig()
    this.needsBroadcast = true
    return { index, term: this.term }
  }

  /** Leader: propose entries; throws NotLeaderError elsewhere or while leaving the cluster. */
  propose (items: ReadonlyArray<{ kind: EntryKind, data: Uint8Array }>): Proposal {
    if (this.state !== 'leader') throw new NotLeaderError('not the leader', this.lead ?? undefined)
    if (!isVoter(this.configuration(), this.id)) throw new NotLeaderError('the leader is leaving the cluster')
    return this.appendEntries(items)
  }

  /** Rebuild role-dependent state after the newest configuration changed (append, truncation, snapshot). */
  syncConfig (): void {
    const point = this.log.configuration()
    if (point.index === this.syncedConfigIndex) return
    this.syncedConfigIndex = point.index
    if (this.state === 'leader') syncProgress(this)
    else if (this.state !== 'follower' && !this.promotable()) this.becomeFollower(this.term, null)
  }

  tick (): void {
    this.now++
    if (this.state === 'leader') this.tickLeader()
    else this.tickElection()
  }

  private tickElection (): void {
    this.electionElapsed++
    if (!this.promotable()) return
    const c = this.configuration()
    const alone = c.voters.length === 1 && c.voters[0] === this.id && this.state === 'follower'
    if (alone || this.electionElapsed >= this.randomizedTimeout) {
      this.electionElapsed = 0
      hup(this, false)
    }
  }

  private tickLeader (): void {
    this.heartbeatElapsed++
    this.electionElapsed++
    if (this.opts.checkQuorum && !this.quorumActive()) {
      this.becomeFollower(this.term, null)
      return
    }
    if (this.heartbeatElapsed >= this.opts.heartbeatTicks) {
      this.heartbeatElapsed = 0
      bcastHeartbeat(this, this.reads.lastSeq())
    }
  }

  /** CheckQuorum: heard from a majority of voters (self counts) within the lease. */
  quorumActive (): boolean {
    const voters = this.configuration().voters
    let active = 0
    for (const id of voters) {
      if (id === this.id) active++
      else {
        const pr = this.progress.get(id)
        if (pr !== undefined && this.now - pr.lastHeard <= this.opts.leaseTicks) active++
      }
    }
    return voters.length > 0 && active > voters.length / 2
  }

  /** Leader: send pending entries to every follower (called by ready()). */
  flush (): void {
    if (!this.needsBroadcast) return
    this.needsBroadcast = false
    if (this.state !== 'leader') return
    for (const id of this.progress.keys()) while (sendAppend(this, id, false));
  }
}
