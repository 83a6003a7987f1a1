import type { Entry, HardState, NodeId, Role } from '../../../src/raft/index.js'
import { contentKey } from './state-machine.js'

/** A broken Raft property; the message names the property and the evidence. */
export class InvariantViolation extends Error {
  constructor (message: string) {
    super(message)
    this.name = 'InvariantViolation'
  }
}

/** What the checker may look at on a live node. */
export interface NodeView {
  readonly id: NodeId
  /** Restart counter: the same ID after a crash is a new incarnation. */
  readonly incarnation: number
  readonly role: Role
  readonly term: number
  readonly commit: number
  /** Term in the node's durable hard state. */
  durableTerm(): number
  firstIndex(): number
  termAt(index: number): number | null
}

/** A node's final state for the end-of-schedule checks. */
export interface FinalState {
  readonly id: NodeId
  readonly ids: ReadonlySet<string>
  readonly chain: number
  readonly index: number
}

interface LeaderInfo { readonly view: NodeView, readonly term: number }

function fail (message: string): never {
  throw new InvariantViolation(message)
}

/**
 * Checks Raft's safety properties from events reported by the simulator
 * (or a hand-made trace). Every method throws InvariantViolation at the
 * first broken property.
 */
export class InvariantChecker {
  /** Election Safety: term → "node#incarnation" of its leader. */
  private readonly leaderOfTerm = new Map<number, string>()
  private readonly leaders = new Map<NodeId, LeaderInfo>()
  /** Log Matching: "index/term" → content and the term of the entry before it. */
  private readonly logEntries = new Map<string, { key: string, prevTerm: number | null }>()
  /** Entries committed by a leader: index → term, and the leader's term when it committed. */
  private readonly committed = new Map<number, { term: number, commitTerm: number }>()
  /** State-Machine Safety: index → what was applied there. */
  private readonly applied = new Map<number, { term: number, key: string, chain: number }>()
  private readonly nextApply = new Map<NodeId, number>()
  private readonly liveCommit = new Map<NodeId, number>()
  private readonly durableCommit = new Map<NodeId, number>()
  private readonly lastLeaderCommit = new Map<NodeId, number>()
  /** Acknowledged proposals: id → index. */
  readonly acked = new Map<string, number>()
  private maxAckedIndex = 0
  private readonly reads = new Map<string, number>()

  /** Number of distinct leaders seen (one per term at most). */
  get elections (): number {
    return this.leaderOfTerm.size
  }

  /** Call after anything that may have changed a node's role, term or commit. */
  observe (v: NodeView): void {
    const prevCommit = this.liveCommit.get(v.id) ?? 0
    if (v.commit < prevCommit) fail(`commit index of ${v.id} went back from ${prevCommit} to ${v.commit}`)
    this.liveCommit.set(v.id, v.commit)
    const known = this.leaders.get(v.id)
    // a leadership whose term is not durable yet has no effect outside the
    // node (the core holds back every message until it is): not a leader yet
    if (v.role !== 'leader' || v.durableTerm() !== v.term) {
      if (known !== undefined) this.leaders.delete(v.id)
      return
    }
    if (known === undefined || known.term !== v.term || known.view.incarnation !== v.incarnation) this.onNewLeader(v)
    this.onLeaderCommit(v)
  }

  private onNewLeader (v: NodeView): void {
    const who = `${v.id}#${v.incarnation}`
    const prev = this.leaderOfTerm.get(v.term)
    // the same node leading a term again after a crash that lost the term is
    // harmless if nothing of the first reign escaped; Log Matching checks that
    if (prev !== undefined && prev.split('#')[0] !== v.id) fail(`Election Safety: two leaders in term ${v.term}: ${prev} and ${who}`)
    this.leaderOfTerm.set(v.term, who)
    this.leaders.set(v.id, { view: v, term: v.term })
    this.lastLeaderCommit.set(v.id, v.commit)
    // Leader Completeness: every entry committed in an earlier term is in the new leader's log
    for (const [index, c] of this.committed) {
      if (c.commitTerm < v.term) this.expectEntry(v, index, c.term, `leader ${who} of term ${v.term}`)
    }
  }

  private expectEntry (v: NodeView, index: number, term: number, who: string): void {
    const t = v.termAt(index)
    if (t === term) return
    if (t === null && index < v.firstIndex()) return // compacted into a snapshot of committed state
    fail(`Leader Completeness: ${who} has term ${t ?? 'none'} at ${index}, but an entry of term ${term} was committed there`)
  }

  private onLeaderCommit (v: NodeView): void {
    const from = this.lastLeaderCommit.get(v.id) ?? 0
    if (v.commit <= from) return
    this.lastLeaderCommit.set(v.id, v.commit)
    for (let i = from + 1; i <= v.commit; i++) {
      const t = v.termAt(i)
      if (t === null) continue
      const c = this.committed.get(i)
      if (c !== undefined && c.term !== t) fail(`State-Machine Safety: index ${i} committed with term ${c.term} and, by ${v.id}, with term ${t}`)
      if (c === undefined) this.committed.set(i, { term: t, commitTerm: v.term })
      for (const other of this.leaders.values()) {
        if (other.view.id !== v.id && other.term > v.term) this.expectEntry(other.view, i, t, `leader ${other.view.id} of term ${other.term}`)
      }
    }
  }

  /** Entries made durable on `node`; `termAt` reads the node's durable log after the write. */
  onPersist (node: NodeId, entries: readonly Entry[], termAt: (i: number) => number | null): void {
    for (const e of entries) {
      const key = contentKey(e)
      const prevTerm = e.index === 1 ? 0 : termAt(e.index - 1)
      const k = `${e.index}/${e.term}`
      const seen = this.logEntries.get(k)
      if (seen === undefined) {
        this.logEntries.set(k, { key, prevTerm })
        continue
      }
      if (seen.key !== key) fail(`Log Matching: ${node} stored ${key} at ${k}, another node stored ${seen.key}`)
      if (seen.prevTerm !== null && prevTerm !== null && seen.prevTerm !== prevTerm) {
        fail(`Log Matching: entry ${k} follows term ${prevTerm} on ${node} but term ${seen.prevTerm} elsewhere`)
      }
    }
  }

  /** A hard state made durable on `node`: its commit never goes back, not even across restarts. */
  onHardState (node: NodeId, hs: HardState): void {
    const prev = this.durableCommit.get(node) ?? 0
    if (hs.commit < prev) fail(`durable commit index of ${node} went back from ${prev} to ${hs.commit}`)
    this.durableCommit.set(node, hs.commit)
  }

  /** `node` crashed: it leads nothing any more. */
  onCrash (node: NodeId): void {
    this.leaders.delete(node)
  }

  /** `node` restarted from durable state: it resumes applying after `snapshotIndex` with commit `commit`. */
  onRestart (node: NodeId, snapshotIndex: number, commit: number): void {
    const durable = this.durableCommit.get(node) ?? 0
    if (commit < durable) fail(`${node} restarted with commit ${commit} below its durable commit ${durable}`)
    this.nextApply.set(node, snapshotIndex + 1)
    this.liveCommit.set(node, commit)
    this.leaders.delete(node)
  }

  /** `node` installed a snapshot at `index` whose state hashes to `chain`. */
  onSnapshotInstall (node: NodeId, index: number, chain: number): void {
    const a = this.applied.get(index)
    if (a !== undefined && a.chain !== chain) fail(`State-Machine Safety: snapshot at ${index} installed on ${node} differs from the applied state`)
    this.nextApply.set(node, index + 1)
  }

  /** `node` applied `e`, its state chain becoming `chain`. */
  onApply (node: NodeId, e: Entry, chain: number): void {
    const expect = this.nextApply.get(node) ?? 1
    if (e.index !== expect) fail(`${node} applied index ${e.index}, expected ${expect} (applies must be contiguous)`)
    this.nextApply.set(node, e.index + 1)
    const key = contentKey(e)
    const a = this.applied.get(e.index)
    if (a === undefined) this.applied.set(e.index, { term: e.term, key, chain })
    else if (a.term !== e.term || a.key !== key || a.chain !== chain) {
      fail(`State-Machine Safety: ${node} applied (${e.term}, ${key}) at ${e.index}, another node applied (${a.term}, ${a.key})`)
    }
  }

  /** A proposal was acknowledged to its client (committed and applied on the leader). */
  onAck (id: string, index: number): void {
    this.acked.set(id, index)
    this.maxAckedIndex = Math.max(this.maxAckedIndex, index)
  }

  /** A linearizable read started: it must observe every write acknowledged so far. */
  onReadInvoked (context: string): void {
    this.reads.set(context, this.maxAckedIndex)
  }

  /** A read index arrived for `context`. */
  onReadState (context: string, index: number): void {
    const min = this.reads.get(context)
    if (min === undefined) return // a duplicate or another incarnation's read
    this.reads.delete(context)
    if (index < min) fail(`stale read: read ${context} got index ${index}, but index ${min} was acknowledged before it started`)
  }

  /** End of schedule, after heal and quiesce: every live member holds the same state, with every acknowledged write. */
  checkFinal (nodes: readonly FinalState[]): void {
    if (nodes.length === 0) fail('liveness: no live member at the end')
    const ref = nodes[0]
    for (const n of nodes) {
      if (n.index !== ref.index || n.chain !== ref.chain) {
        fail(`liveness: ${n.id} ended at index ${n.index} (chain ${n.chain}), ${ref.id} at ${ref.index} (chain ${ref.chain})`)
      }
      for (const [id, index] of this.acked) {
        if (!n.ids.has(id)) fail(`lost write: ${id} was acknowledged at index ${index} but ${n.id} does not have it`)
      }
    }
  }
}
