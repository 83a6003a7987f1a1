import {
  EntryKind, InvalidParametersError, MembershipChangeInProgressError, NotLeaderError,
  type Entry, type Message, type NodeId
} from '../../../src/raft/index.js'
import { InvariantChecker, InvariantViolation } from './invariants.js'
import { SimNetwork, type NetworkFaults } from './network.js'
import type { Prng } from './prng.js'
import { CRASH_POINTS, SimNode, type NodeHost } from './sim-node.js'

const encoder = new TextEncoder()
const decoder = new TextDecoder()

/** Core settings used by the simulator (small, so that batching, windows and promotion thresholds matter). */
export const SIM_CORE = {
  electionTicks: 10,
  candidateTicks: 10,
  heartbeatTicks: 2,
  leaseTicks: 8,
  maxAppendEntries: 4,
  maxInflight: 4,
  maxApplyEntries: 8
} as const

export type SimCoreOptions = { -readonly [K in keyof typeof SIM_CORE]: number } & { preVote?: boolean }

/** Debugging aid: RAFT_SIM_TRACE_MESSAGES=1 adds every delivered message to the failure trace. */
const TRACE_MESSAGES = process.env.RAFT_SIM_TRACE_MESSAGES === '1'

function describeMessage (m: Message): string {
  const { from, to, type, term, ...rest } = m
  const body = JSON.stringify(rest, (k, v: unknown) => k === 'entries' && Array.isArray(v) ? v.map((e: Entry) => `${e.index}/${e.term}`) : v)
  return `${from}>${to} ${type} t${term} ${body}`
}

/** Bounded memory of what happened, printed when a schedule fails. */
export class TraceRing {
  private readonly lines: string[] = []
  constructor (private readonly size = TRACE_MESSAGES ? 400 : 60) {}
  add (line: string): void {
    this.lines.push(line)
    if (this.lines.length > this.size) this.lines.shift()
  }

  dump (): string {
    return this.lines.join('\n')
  }
}

/**
 * N simulated peers over a simulated network, with the operations a
 * schedule performs: client proposals, reads, crashes and restarts,
 * partitions, membership changes and compaction.
 */
export class SimCluster implements NodeHost {
  readonly checker = new InvariantChecker()
  readonly nodes = new Map<NodeId, SimNode>()
  readonly net: SimNetwork
  /** Rounds an fsync may take (a Ready's messagesAfterPersist wait that long). */
  maxPersistDelay = 2
  readonly traceRing = new TraceRing()
  readonly stats = { proposed: 0, elections: 0, crashes: 0, adds: 0, removes: 0, handovers: 0, snapshots: 0, compactions: 0, reads: 0 }
  private nextCommand = 0
  private nextRead = 0
  private nextId: number

  constructor (readonly rng: Prng, size: number, faults: NetworkFaults, private readonly core: SimCoreOptions = { ...SIM_CORE }) {
    this.net = new SimNetwork(rng.fork(), faults)
    const ids = Array.from({ length: size }, (_, i) => `n${i + 1}`)
    this.nextId = size + 1
    for (const id of ids) {
      const n = this.addNode(id)
      n.durable.storage.bootstrap(ids)
    }
    for (const n of this.nodes.values()) n.start()
  }

  get now (): number {
    return this.net.now
  }

  private addNode (id: NodeId): SimNode {
    const n = new SimNode(id, this, this.core)
    this.nodes.set(id, n)
    return n
  }

  trace (line: string): void {
    this.traceRing.add(`[${this.now}] ${line}`)
  }

  send (from: SimNode, m: Message): void {
    if (m.type === 'timeoutNow') this.stats.handovers++
    if (m.type !== 'snapshot') {
      this.net.send(m)
      return
    }
    const payload = from.durable.snapshotAt(m.snapshot.index)
    // compacted again since the message was queued and the shell dropped that snapshot: the transfer fails
    if (payload === undefined) from.live().reportSnapshot(m.to, false)
    else this.net.send(m, payload)
  }

  /** A node that knows its removal is committed must never start a campaign (consensus.md §4). */
  campaignStarted (n: SimNode): void {
    const st = n.live().status()
    const c = st.configuration
    if (!c.voters.includes(n.id) && st.configurationIndex <= st.commit && st.configurationIndex > 0) {
      throw new InvariantViolation(`${n.id} campaigns although its removal (configuration ${st.configurationIndex}) is committed (${st.role}, term ${st.term}, commit ${st.commit})`)
    }
  }

  applied (node: SimNode, e: Entry): void {
    const p = node.proposals.get(e.index)
    if (p === undefined) return
    node.proposals.delete(e.index)
    if (p.term === e.term && e.kind === EntryKind.COMMAND && decoder.decode(e.data) === p.id) this.checker.onAck(p.id, e.index)
  }

  readState (_node: SimNode, context: string, index: number): void {
    this.checker.onReadState(context, index)
  }

  alive (): SimNode[] {
    return [...this.nodes.values()].filter(n => n.alive)
  }

  leaders (): SimNode[] {
    return this.alive().filter(n => n.role === 'leader')
  }

  /** One round: deliver due messages, tick, process Readies. */
  round (tickChance: number): void {
    this.net.now++
    for (const e of this.net.due()) {
      if (e.snapshotFailed === true) {
        const sender = this.nodes.get(e.msg.from)
        if (sender?.alive === true) sender.live().reportSnapshot(e.msg.to, false)
        continue
      }
      const to = this.nodes.get(e.msg.to)
      if (to !== undefined && to.pausedUntil > this.now) {
        // a stopped process: the bytes wait in the socket until it resumes
        this.net.hold(e, to.pausedUntil + this.rng.int(3))
        continue
      }
      if (to?.alive !== true) {
        if (e.msg.type === 'snapshot') this.nodes.get(e.msg.from)?.core?.reportSnapshot(e.msg.to, false)
        continue
      }
      if (TRACE_MESSAGES) this.trace(`deliver ${describeMessage(e.msg)}`)
      to.receive(e.msg, e.payload)
      if (e.msg.type === 'snapshot') {
        this.stats.snapshots++
        this.nodes.get(e.msg.from)?.core?.reportSnapshot(e.msg.to, true)
      }
    }
    for (const n of this.nodes.values()) {
      if (n.alive && n.pausedUntil <= this.now && this.rng.chance(tickChance)) n.tick()
    }
    for (const n of this.nodes.values()) if (n.pausedUntil <= this.now) n.process(this.rng.int(this.maxPersistDelay + 1))
  }

  /** SIGSTOP `n` for `rounds`: no ticks, no processing, incoming messages held. */
  pause (n: SimNode, rounds: number): void {
    n.pausedUntil = this.now + rounds
    this.trace(`${n.id} paused until ${n.pausedUntil}`)
  }

  /**
   * A client writes through a random live node: a proposal on a leader;
   * elsewhere either the core's fire-and-forget forwarding or, like the
   * shell's RPC forwarding, a retry on the leader the NotLeaderError names.
   */
  propose (): void {
    const live = this.alive()
    if (live.length === 0) return
    let n = this.rng.pick(live)
    const id = `c${this.nextCommand++}`
    const data = encoder.encode(id)
    try {
      if (n.role !== 'leader' && this.rng.chance(0.2)) {
        n.live().forward(data)
        return
      }
      for (let hop = 0; ; hop++) {
        try {
          const p = n.live().propose(data)
          n.proposals.set(p.index, { id, term: p.term })
          this.stats.proposed++
          return
        } catch (err) {
          const next = err instanceof NotLeaderError && err.leader !== undefined ? this.nodes.get(err.leader) : undefined
          if (hop > 0 || next?.alive !== true || this.net.blocked(n.id, next.id)) throw err
          n = next
        }
      }
    } catch (err) {
      if (!(err instanceof NotLeaderError)) throw err
    }
  }

  /** A linearizable read through `target` or a random live node. */
  read (target?: SimNode): void {
    const live = this.alive()
    if (live.length === 0) return
    const n = target?.alive === true ? target : this.rng.pick(live)
    const ctx = `r${this.nextRead++}`
    try {
      n.live().readIndex(ctx)
      this.checker.onReadInvoked(ctx)
      this.stats.reads++
    } catch (err) {
      if (!(err instanceof NotLeaderError)) throw err
    }
  }

  crash (n: SimNode): void {
    if (!n.alive) return
    this.stats.crashes++
    // half of the crashes hit a Ready in the middle of its processing
    if (this.rng.chance(0.5) && !n.complete(this.rng.pick(CRASH_POINTS))) return
    this.trace(`${n.id} crashed`)
    n.crash()
  }

  restart (n: SimNode): void {
    if (n.alive) return
    this.trace(`${n.id} restarted`)
    n.start()
  }

  /** Ask the leader to add a brand-new node (join mode: empty log). */
  addPeer (): void {
    const leader = this.leaders()[0]
    if (leader === undefined) return
    const id = `n${this.nextId}`
    try {
      leader.live().addPeer(id)
    } catch (err) {
      if (err instanceof MembershipChangeInProgressError || err instanceof NotLeaderError) return
      throw err
    }
    this.nextId++
    this.stats.adds++
    this.trace(`${leader.id} adds ${id}`)
    this.addNode(id).start()
    leader.observe()
  }

  /** Ask the leader to remove a random member, possibly itself. */
  removePeer (): void {
    const leader = this.leaders()[0]
    if (leader === undefined) return
    const c = leader.live().status().configuration
    const victim = this.rng.pick([...c.voters, ...c.learners])
    try {
      leader.live().removePeer(victim)
    } catch (err) {
      if (err instanceof MembershipChangeInProgressError || err instanceof NotLeaderError || err instanceof InvalidParametersError) return
      throw err
    }
    this.stats.removes++
    this.trace(`${leader.id} removes ${victim}`)
    leader.observe()
  }

  /** Members according to the newest configuration of the live leader (or of any live node). */
  members (): NodeId[] {
    const ref = this.leaders()[0] ?? this.alive()[0]
    if (ref === undefined) return []
    const c = ref.live().status().configuration
    return [...c.voters, ...c.learners]
  }
}
