import type { Message, NodeId } from '../../../src/raft/index.js'
import type { Prng } from './prng.js'
import type { SmState } from './state-machine.js'

/** A message in flight; snapshot messages carry the leader's state bytes. */
export interface Envelope {
  readonly msg: Message
  readonly deliverAt: number
  readonly seq: number
  readonly payload?: SmState
  /** Not a delivery: tells the sender its snapshot was lost (the shell's transfer failed). */
  readonly snapshotFailed?: boolean
}

/** Fault knobs of the simulated network. */
export interface NetworkFaults {
  dropRate: number
  dupRate: number
  /** Extra delay in rounds, uniform in [0, maxDelay]; different delays reorder. */
  maxDelay: number
}

/**
 * A lossy, reordering, duplicating network with directed link cuts
 * (symmetric partitions are two cuts). Time is the simulation round.
 */
export class SimNetwork {
  now = 0
  private seq = 0
  private queue: Envelope[] = []
  private readonly cut = new Set<string>()

  constructor (private readonly rng: Prng, public faults: NetworkFaults) {}

  private key (from: NodeId, to: NodeId): string {
    return `${from}>${to}`
  }

  blocked (from: NodeId, to: NodeId): boolean {
    return this.cut.has(this.key(from, to))
  }

  send (msg: Message, payload?: SmState): void {
    const copies = this.rng.chance(this.faults.dupRate) ? 2 : 1
    for (let i = 0; i < copies; i++) {
      const lost = this.blocked(msg.from, msg.to) || this.rng.chance(this.faults.dropRate)
      const deliverAt = this.now + 1 + this.rng.int(this.faults.maxDelay + 1)
      if (!lost) this.queue.push({ msg, deliverAt, seq: this.seq++, ...(payload !== undefined ? { payload } : {}) })
      else if (msg.type === 'snapshot') this.queue.push({ msg, deliverAt: deliverAt + 2, seq: this.seq++, snapshotFailed: true })
    }
  }

  /** Envelopes due now, in (deliverAt, seq) order. A cut link loses what crosses it (snapshot losses are reported). */
  due (): Envelope[] {
    const due: Envelope[] = []
    const rest: Envelope[] = []
    for (const e of this.queue) (e.deliverAt <= this.now ? due : rest).push(e)
    this.queue = rest
    due.sort((a, b) => a.deliverAt - b.deliverAt || a.seq - b.seq)
    const out: Envelope[] = []
    for (const e of due) {
      if (e.snapshotFailed === true || !this.blocked(e.msg.from, e.msg.to)) out.push(e)
      else if (e.msg.type === 'snapshot') out.push({ msg: e.msg, deliverAt: e.deliverAt, seq: e.seq, snapshotFailed: true })
    }
    return out
  }

  /** Deliver `e` again at `round` (its receiver is paused). */
  hold (e: Envelope, round: number): void {
    this.queue.push({ ...e, deliverAt: round })
  }

  cutLink (from: NodeId, to: NodeId): void {
    this.cut.add(this.key(from, to))
  }

  /** Split into groups that cannot talk to each other. */
  partition (groups: ReadonlyArray<readonly NodeId[]>): void {
    for (const a of groups) {
      for (const b of groups) {
        if (a === b) continue
        for (const x of a) for (const y of b) this.cutLink(x, y)
      }
    }
  }

  heal (): void {
    this.cut.clear()
  }

  get inFlight (): number {
    return this.queue.length
  }

  get hasCuts (): boolean {
    return this.cut.size > 0
  }
}
