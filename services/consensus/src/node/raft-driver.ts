/**
 * The I/O shell around the Raft core: the ticker, the ready loop with its
 * persist-before-acknowledge order (raft/ready.ts), group commit, apply to
 * the pinset, snapshots, InstallSnapshot and the waits callers need
 * (commit + apply, leader, ReadIndex, membership).
 */
import { NoLeaderError, NotReadyError, TimeoutError, logger, type RaftConfig } from '@ipfscluster/chassis'
import { coreCall, fromCore } from '../errors.js'
import {
  RaftNode, Role, members, ticksFromDurations, type Message, type Proposal, type ReadState, type SnapshotMeta, type SoftState, type Status
} from '../raft/index.js'
import type { DurableStorage } from '../storage/index.js'
import { fromWire, toWire, type ReceivedMessage, type WireMessage } from '../transport/message-codec.js'
import { SnapshotReceiver, SnapshotSender } from '../transport/snapshot-transfer.js'
import type { Transport } from '../transport/transport.js'
import { Pulse, withDeadline } from './pulse.js'
import { Ticker } from './ticker.js'
import { ProposalWaiters } from './waiters.js'

const log = logger('raft')

export interface DriverOptions {
  id: string
  storage: DurableStorage
  raft: RaftConfig
  transport: Transport
  /** Election jitter source; default Math.random. */
  random?: () => number
}

interface Pending {
  data: Uint8Array
  resolve: (index: number) => void
  reject: (err: unknown) => void
}

export class RaftDriver {
  readonly node: RaftNode
  /** Fires when the applied index, the leader or the configuration may have changed. */
  readonly changed = new Pulse()
  private appliedIndex: number
  private pending: Pending[] = []
  private readonly waiters = new ProposalWaiters()
  private readonly reads = new Map<string, { resolve: (index: number) => void, reject: (err: Error) => void }>()
  private readSeq = 0
  private lastLeader: string | null = null
  private scheduled = false
  private stopped = false
  private readonly stopping = new AbortController()
  private readonly ticker: Ticker
  private snapshotTimer?: NodeJS.Timeout
  private readonly sender: SnapshotSender
  private readonly receiver: SnapshotReceiver
  private readonly random: () => number

  constructor (private readonly o: DriverOptions) {
    this.random = o.random ?? Math.random
    const tickMs = Math.max(1, o.raft.heartbeatTimeout / 10)
    const ticks = ticksFromDurations({
      heartbeatTimeoutMs: o.raft.heartbeatTimeout,
      electionTimeoutMs: o.raft.electionTimeout,
      leaderLeaseTimeoutMs: o.raft.leaderLeaseTimeout
    }, tickMs)
    this.node = new RaftNode({ id: o.id, storage: o.storage, random: this.random, maxAppendEntries: o.raft.maxAppendEntries, ...ticks })
    this.appliedIndex = o.storage.snapshot().index
    this.ticker = new Ticker(tickMs, ticks.electionTicks, n => {
      // A leader's ticks judge its lease (CheckQuorum). Ticks owed for a
      // stall (a starved CPU, a long fsync) cover time in which it could not
      // read its followers' answers, which wait in the socket: catching them
      // up made it step down though the followers had answered, and
      // elections followed under load. Followers still catch up, so that
      // elections keep real-time pacing.
      const owed = this.node.role === Role.LEADER ? 1 : n
      for (let i = 0; i < owed; i++) this.node.tick()
      this.schedule()
    })
    this.sender = new SnapshotSender(o.transport, o.storage, o.raft.networkTimeout, (to, ok) => {
      this.node.reportSnapshot(to, ok)
      this.schedule()
    })
    this.receiver = new SnapshotReceiver(o.id)
  }

  /** Aborted when the node stops: long-lived calls (inbound Raft streams, WatchApplied) end with it. */
  get closing (): AbortSignal {
    return this.stopping.signal
  }

  get id (): string {
    return this.o.id
  }

  get storage (): DurableStorage {
    return this.o.storage
  }

  /** Highest index applied to the pinset. */
  get applied (): number {
    return this.appliedIndex
  }

  start (): void {
    log.info('starting Consensus and waiting for a leader...')
    this.ticker.start()
    this.armSnapshotCheck()
    const voters = this.node.status().configuration.voters
    if (voters.length === 1 && voters[0] === this.o.id) this.node.campaign()
    this.schedule()
  }

  /** A message from peer `from` (the relay-authenticated caller). */
  receive (from: string, w: ReceivedMessage): void {
    if (this.stopped) return
    if (w.from !== from) {
      log.warn('dropped a Raft message whose sender is not the caller', { from: w.from, caller: from })
      return
    }
    if (w.type === 'RAFT_MESSAGE_TYPE_INSTALL_SNAPSHOT') {
      const { reply, step } = this.receiver.chunk(w)
      if (step !== undefined) this.node.step(step)
      if (reply !== undefined) this.o.transport.send(w.from, [reply])
    } else if (w.type === 'RAFT_MESSAGE_TYPE_INSTALL_SNAPSHOT_RESPONSE') {
      this.sender.ack(w)
    } else {
      const m = fromWire(w)
      if (m !== undefined) this.node.step(m)
    }
    this.schedule()
  }

  /** The transport could not reach `peer`: replication to it falls back to probing. */
  unreachable (peer: string): void {
    if (this.stopped) return
    this.node.reportUnreachable(peer)
    this.schedule()
  }

  /**
   * Leader: appends a COMMAND entry (grouped with concurrent ones, up to
   * max_append_entries per batch) and resolves with its index once it is
   * committed and applied here. NotLeaderError when not (or no longer) leader.
   */
  async propose (data: Uint8Array): Promise<number> {
    if (this.stopped) throw new NotReadyError('consensus is shutting down')
    return new Promise((resolve, reject) => {
      this.pending.push({ data, resolve, reject })
      this.schedule()
    })
  }

  /** Leader: adds `id` as a learner; resolves once it is a voter in an applied configuration. */
  async addPeer (id: string, signal?: AbortSignal): Promise<void> {
    await this.waitApplied(coreCall(() => this.node.addPeer(id)))
    await this.changed.until(() => {
      const s = this.node.status()
      return s.configuration.voters.includes(id) && s.configurationIndex <= this.appliedIndex
    }, signal)
  }

  /** Leader: removes `id`; resolves once the change is applied here. */
  async removePeer (id: string): Promise<void> {
    await this.waitApplied(coreCall(() => this.node.removePeer(id)))
  }

  /** Linearizable read point: resolves once this node applied everything committed when the call began (ReadIndex). */
  async readIndex (signal?: AbortSignal): Promise<void> {
    const context = `${this.o.id}/${++this.readSeq}`
    const deadline = withDeadline(signal, this.o.raft.networkTimeout, () => new TimeoutError('timed out confirming leadership for a read'))
    const index = await new Promise<number>((resolve, reject) => {
      this.reads.set(context, { resolve, reject })
      deadline.addEventListener('abort', () => { this.reads.delete(context); reject(deadline.reason) }, { once: true })
      try {
        coreCall(() => { this.node.readIndex(context) })
      } catch (err) {
        this.reads.delete(context)
        reject(err)
      }
      this.schedule()
    })
    await this.changed.until(() => this.appliedIndex >= index, deadline)
  }

  /** The leader's ID once one is known; NoLeaderError after `ms`. */
  async waitForLeader (ms: number, signal?: AbortSignal): Promise<string> {
    const deadline = withDeadline(signal, ms, () => new NoLeaderError(`timed out waiting for leader: none elected within ${ms} ms (term ${this.node.term})`))
    await this.changed.until(() => this.node.leader !== null, deadline)
    return this.node.leader as string
  }

  /** Takes a snapshot of the applied state now (no-op when nothing was applied since the last one). */
  takeSnapshot (): SnapshotMeta {
    const current = this.o.storage.snapshot()
    if (this.appliedIndex <= current.index) return current
    const started = performance.now()
    const meta = coreCall(() => this.node.snapshotMeta(this.appliedIndex))
    this.o.storage.createSnapshot(meta)
    log.info('snapshot taken', { index: meta.index, term: meta.term, pins: this.o.storage.state.size, ms: Math.round(performance.now() - started) })
    return meta
  }

  status (): Status {
    return this.node.status()
  }

  /**
   * True when the current configuration no longer holds this node: it was
   * removed (or left), and its data folder should go (cluster-behaviour.md
   * §9.4). The appended configuration, as `Peers` reports it to the
   * supervisor: a removed node may never learn that its removal committed,
   * since the leader stops replicating to it.
   */
  removed (): boolean {
    const s = this.node.status()
    return s.configurationIndex > 0 && !members(s.configuration).includes(this.o.id)
  }

  /** Orderly stop: no new proposals, a snapshot if anything is new, timers and streams closed. */
  async stop (): Promise<void> {
    if (this.stopped) return
    this.stopped = true
    this.stopping.abort(new NotReadyError('consensus is shutting down'))
    this.ticker.stop()
    clearTimeout(this.snapshotTimer)
    try {
      this.takeSnapshot()
    } catch (err) {
      log.warn('no snapshot at shutdown', { err: (err as Error).message })
    }
    const gone = new NotReadyError('consensus is shutting down')
    for (const p of this.pending.splice(0)) p.reject(gone)
    this.waiters.rejectAll(gone)
    for (const r of this.reads.values()) r.reject(gone)
    this.reads.clear()
    this.sender.close()
    this.o.transport.close()
    this.o.storage.close()
  }

  private async waitApplied (p: Proposal): Promise<void> {
    if (p.index <= this.appliedIndex) return
    this.schedule()
    await this.waiters.wait(p)
  }

  private schedule (): void {
    if (this.scheduled || this.stopped) return
    this.scheduled = true
    setImmediate(() => { this.run() })
  }

  /** The ready loop (raft/ready.ts): send, persist + fdatasync, send what needs durability, apply, advance. */
  private run (): void {
    this.scheduled = false
    if (this.stopped) return
    const before = { applied: this.appliedIndex, leader: this.node.leader }
    this.flushProposals()
    while (this.node.hasReady()) {
      const rd = this.node.ready()
      this.send(rd.messages)
      if (rd.snapshot !== undefined) this.install(rd.snapshot)
      if (rd.hardState !== undefined) this.o.storage.setHardState(rd.hardState)
      this.o.storage.append(rd.entries)
      if (rd.mustSync) this.o.storage.sync()
      this.send(rd.messagesAfterPersist)
      for (const e of rd.committedEntries) {
        this.o.storage.state.apply(e)
        this.appliedIndex = e.index
        this.waiters.applied(e.index, e.term)
      }
      for (const rs of rd.readStates) this.readReady(rs)
      if (rd.softState !== undefined) this.softChanged(rd.softState)
      this.node.advance()
      this.flushProposals()
    }
    if (before.applied !== this.appliedIndex || before.leader !== this.node.leader || this.reads.size > 0) this.changed.fire()
  }

  /** Group commit: queued proposals go to the core in batches of max_append_entries. */
  private flushProposals (): void {
    while (this.pending.length > 0) {
      const batch = this.pending.splice(0, this.o.raft.maxAppendEntries)
      let last: Proposal
      try {
        last = this.node.proposeBatch(batch.map(b => b.data))
      } catch (err) {
        for (const b of batch) b.reject(fromCore(err))
        continue
      }
      const first = last.index - batch.length + 1
      batch.forEach((b, i) => { this.waiters.wait({ index: first + i, term: last.term }).then(b.resolve, b.reject) })
    }
  }

  private send (messages: readonly Message[]): void {
    const byPeer = new Map<string, WireMessage[]>()
    for (const m of messages) {
      if (m.type === 'snapshot') {
        this.sender.send(m)
        continue
      }
      const w = toWire(m)
      if (w === undefined) continue
      const list = byPeer.get(m.to)
      if (list === undefined) byPeer.set(m.to, [w])
      else list.push(w)
    }
    for (const [to, list] of byPeer) this.o.transport.send(to, list)
  }

  private install (meta: SnapshotMeta): void {
    this.o.storage.applySnapshot(meta, this.receiver.take(meta))
    this.appliedIndex = meta.index
    this.waiters.supersededTo(meta.index)
    log.info('snapshot installed', { index: meta.index, term: meta.term, pins: this.o.storage.state.size })
  }

  private readReady (rs: ReadState): void {
    const r = this.reads.get(rs.context)
    if (r === undefined) return
    this.reads.delete(rs.context)
    r.resolve(rs.index)
  }

  private softChanged (s: SoftState): void {
    if (s.leader === this.lastLeader) return
    this.lastLeader = s.leader
    if (s.leader !== null) log.info(`Raft Leader elected: ${s.leader}`, { term: this.node.term, role: s.role })
    else log.info('no known leader', { term: this.node.term, role: s.role })
  }

  private armSnapshotCheck (): void {
    const wait = this.o.raft.snapshotInterval * (1 + this.random())
    this.snapshotTimer = setTimeout(() => {
      if (this.stopped) return
      if (this.appliedIndex - this.o.storage.snapshot().index >= this.o.raft.snapshotThreshold) {
        try {
          this.takeSnapshot()
        } catch (err) {
          log.error('snapshot failed', { err: (err as Error).message })
        }
      }
      this.armSnapshotCheck()
    }, wait)
  }
}
