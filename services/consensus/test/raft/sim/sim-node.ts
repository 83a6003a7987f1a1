import {
  InvalidParametersError, MemoryStorage, RaftNode, type Entry, type Message, type NodeId, type RaftOptions, type Ready
} from '../../../src/raft/index.js'
import type { InvariantChecker, NodeView } from './invariants.js'
import type { Prng } from './prng.js'
import { StateMachine, type SmState } from './state-machine.js'

/** Snapshots a shell keeps (the real one keeps 5). */
const RETAINED_SNAPSHOTS = 3

/** What survives a crash: exactly what a Ready asked to persist and the shell finished persisting. */
export class DurableStore {
  readonly storage = new MemoryStorage()
  /** State bytes of storage.snapshot() (null when there is none). */
  snapshotState: SmState | null = null
  /** Retained snapshots by index: the leader sends the one a `snapshot` message names. */
  private readonly retained = new Map<number, SmState>()

  saveSnapshot (state: SmState): void {
    this.snapshotState = state
    this.retained.set(state.index, state)
    if (this.retained.size > RETAINED_SNAPSHOTS) this.retained.delete(Math.min(...this.retained.keys()))
  }

  snapshotAt (index: number): SmState | undefined {
    return this.retained.get(index)
  }
}

/** Points where a crash can hit a Ready being processed. */
export const CRASH_POINTS = [
  'before-persist', 'after-snapshot', 'after-term-vote', 'after-entries', 'after-persist', 'after-send', 'after-apply'
] as const
export type CrashPoint = typeof CRASH_POINTS[number]

/** Callbacks into the cluster. */
export interface NodeHost {
  readonly checker: InvariantChecker
  readonly rng: Prng
  readonly now: number
  send(from: SimNode, m: Message): void
  /** A COMMAND entry was applied by the node that proposed it. */
  applied(node: SimNode, e: Entry): void
  /** `node` just became a (pre-)candidate. */
  campaignStarted(node: SimNode): void
  /** A read index arrived on `node`. */
  readState(node: SimNode, context: string, index: number): void
  trace(line: string): void
}

type CoreOptions = Omit<RaftOptions, 'id' | 'storage' | 'random'>

/**
 * One simulated peer: a Raft core plus a shell that persists to a durable
 * in-memory store, with Ready processing spread over rounds (the fsync
 * takes time, and messages keep arriving meanwhile) so crashes can hit it
 * half-way.
 */
export class SimNode implements NodeView {
  readonly durable = new DurableStore()
  core: RaftNode | null = null
  sm = new StateMachine()
  incarnation = 0
  /** Round until which the process is stopped (SIGSTOP). */
  pausedUntil = 0
  /** Round at which a crashed node comes back on its own (quick restarts), or Infinity. */
  restartAt = Infinity
  private inflight: { rd: Ready, completeAt: number } | null = null
  /** Snapshot state bytes received with a `snapshot` message, waiting for the Ready that installs them. */
  private readonly incoming = new Map<string, SmState>()
  /** Proposals made by this incarnation: index → { id, term }. */
  readonly proposals = new Map<number, { id: string, term: number }>()

  constructor (readonly id: NodeId, private readonly host: NodeHost, private readonly opts: CoreOptions) {}

  get alive (): boolean {
    return this.core !== null
  }

  get role (): NodeView['role'] {
    return this.live().role
  }

  get term (): number {
    return this.live().term
  }

  get commit (): number {
    return this.live().commit
  }

  durableTerm (): number {
    return this.durable.storage.initialState().term
  }

  firstIndex (): number {
    return this.live().status().firstIndex
  }

  termAt (index: number): number | null {
    return this.live().termAt(index)
  }

  live (): RaftNode {
    if (this.core === null) throw new Error(`${this.id} is down`)
    return this.core
  }

  /** Start (or restart) from the durable store. */
  start (): void {
    this.restartAt = Infinity
    this.pausedUntil = 0
    const rng = this.host.rng.fork()
    this.core = new RaftNode({ ...this.opts, id: this.id, storage: this.durable.storage, random: () => rng.next() })
    this.incarnation++
    this.sm = new StateMachine(this.durable.snapshotState ?? undefined)
    this.proposals.clear()
    this.incoming.clear()
    const st = this.core.status()
    this.host.checker.onRestart(this.id, this.durable.storage.snapshot().index, st.commit)
    this.observe()
  }

  /** Lose everything volatile, including a Ready being persisted. */
  crash (): void {
    this.host.checker.onCrash(this.id)
    this.core = null
    this.inflight = null
    this.incoming.clear()
    this.proposals.clear()
  }

  private lastRole = ''

  observe (): void {
    if (this.core === null) return
    const role = `${this.core.role} term ${this.core.term}`
    if (role !== this.lastRole) {
      this.lastRole = role
      this.host.trace(`${this.id} is ${role}`)
      if (this.core.role === 'pre-candidate' || this.core.role === 'candidate') this.host.campaignStarted(this)
    }
    this.host.checker.observe(this)
  }

  /** Deliver one message (and, for a snapshot, the state bytes that came with it). */
  receive (m: Message, payload?: SmState): void {
    if (this.core === null) return
    if (m.type === 'snapshot' && payload !== undefined) this.incoming.set(`${m.snapshot.index}/${m.snapshot.term}`, payload)
    this.core.step(m)
    this.observe()
  }

  tick (): void {
    if (this.core === null) return
    this.core.tick()
    this.observe()
  }

  /** Take a Ready if none is being persisted, and finish the one whose fsync is due. */
  process (persistDelay: number): void {
    for (let i = 0; i < 4 && this.core !== null; i++) {
      if (this.inflight === null) {
        if (!this.core.hasReady()) return
        const rd = this.core.ready()
        for (const m of rd.messages) this.host.send(this, m)
        this.inflight = { rd, completeAt: this.host.now + persistDelay }
      }
      if (this.inflight.completeAt > this.host.now) return
      this.complete()
    }
  }

  /** Finish the outstanding Ready, or crash at `crashAt` on the way. Returns false if it crashed. */
  complete (crashAt?: CrashPoint): boolean {
    if (this.core === null || this.inflight === null) return true
    const { rd } = this.inflight
    const { storage } = this.durable
    const checker = this.host.checker
    if (crashAt === 'before-persist') return this.crashed(crashAt)
    if (rd.snapshot !== undefined) {
      const data = this.incoming.get(`${rd.snapshot.index}/${rd.snapshot.term}`)
      if (data === undefined) throw new Error(`${this.id}: snapshot ${rd.snapshot.index} to install but no data received`)
      this.durable.saveSnapshot(data)
      storage.applySnapshot(rd.snapshot)
      this.sm = new StateMachine(data)
      checker.onSnapshotInstall(this.id, rd.snapshot.index, data.chain)
      this.host.trace(`${this.id} installed snapshot ${rd.snapshot.index}`)
    }
    if (crashAt === 'after-snapshot') return this.crashed(crashAt)
    // the Ready contract: term and vote no later than the entries, commit no earlier
    const hs = rd.hardState
    if (hs !== undefined) storage.setHardState({ ...storage.initialState(), term: hs.term, vote: hs.vote })
    if (crashAt === 'after-term-vote') return this.crashed(crashAt)
    storage.append(rd.entries)
    checker.onPersist(this.id, rd.entries, i => { try { return storage.term(i) } catch { return null } })
    if (crashAt === 'after-entries') return this.crashed(crashAt)
    if (hs !== undefined) {
      checker.onHardState(this.id, hs)
      storage.setHardState(hs)
    }
    if (crashAt === 'after-persist') return this.crashed(crashAt)
    for (const m of rd.messagesAfterPersist) this.host.send(this, m)
    if (crashAt === 'after-send') return this.crashed(crashAt)
    for (const e of rd.committedEntries) {
      this.sm.apply(e)
      checker.onApply(this.id, e, this.sm.chain)
      this.host.applied(this, e)
    }
    for (const rs of rd.readStates) this.host.readState(this, rs.context, rs.index)
    if (crashAt === 'after-apply') return this.crashed(crashAt)
    this.inflight = null
    this.core.advance()
    this.observe()
    return true
  }

  private crashed (at: CrashPoint): false {
    this.host.trace(`${this.id} crashed ${at}`)
    this.crash()
    return false
  }

  /** Snapshot the applied state and compact the log, keeping `trailing` entries. False if nothing new to snapshot. */
  compact (trailing: number): boolean {
    const core = this.live()
    if (this.sm.index <= this.durable.storage.snapshot().index) return false
    let meta
    try {
      meta = core.snapshotMeta(this.sm.index)
    } catch (err) {
      // a snapshot from the leader is being installed: our applied state is already obsolete
      if (err instanceof InvalidParametersError) return false
      throw err
    }
    this.durable.saveSnapshot(this.sm.snapshot())
    this.durable.storage.createSnapshot(meta)
    this.durable.storage.compact(Math.max(this.durable.storage.firstIndex() - 1, meta.index - trailing))
    this.host.trace(`${this.id} compacted at ${meta.index} keeping ${trailing}`)
    return true
  }

  /** Nothing left to do: no Ready outstanding or pending. */
  idle (): boolean {
    return this.core !== null && this.inflight === null && !this.core.hasReady()
  }
}
