/**
 * The tracker's queues and workers (cluster-behaviour.md §7.2): pins wait in
 * a priority queue (served first) or the normal one and run on
 * `concurrentPins` workers; unpins wait in their own queue and run one at a
 * time. At most `maxSize` operations wait in all queues together.
 */
import { Fifo } from './fifo.js'
import type { Operation } from './item.js'

export interface QueueLimits {
  concurrentPins: number
  maxSize: number
}

/** Message of a refused operation (the original's text). */
export const QUEUE_FULL = 'pin/unpin operation queue is full. Try increasing max_pin_queue_size'

export class OperationQueue {
  private readonly priority = new Fifo<Operation>()
  private readonly normal = new Fifo<Operation>()
  private readonly unpins = new Fifo<Operation>()
  /** Waiting operations not cancelled. */
  private waiting = 0
  private runningPins = 0
  private runningUnpins = 0
  private stopped = false

  /** @param run - performs one operation; never rejects */
  constructor (private readonly limits: QueueLimits, private readonly run: (op: Operation) => Promise<void>) {}

  /** Number of operations waiting (not running). */
  get size (): number {
    return this.waiting
  }

  /** Queues `op`; false (and nothing queued) when the queues are full. */
  push (op: Operation): boolean {
    if (this.stopped || this.waiting >= this.limits.maxSize) return false
    this.waiting++
    op.waiting = true
    if (op.kind === 'unpin') this.unpins.push(op)
    else if (op.priority) this.priority.push(op)
    else this.normal.push(op)
    this.pump()
    return true
  }

  /** Cancels `op`: a waiting one leaves the queue without running; a running one's result is to be ignored. */
  cancel (op: Operation): void {
    if (op.cancelled) return
    op.cancelled = true
    if (op.waiting) this.waiting--
    op.waiting = false
  }

  /** Runs nothing more; running operations are left to finish or be aborted by their owner. */
  stop (): void {
    this.stopped = true
  }

  private pump (): void {
    while (!this.stopped && this.runningPins < this.limits.concurrentPins) {
      const op = next(this.priority) ?? next(this.normal)
      if (op === undefined) break
      this.start(op, () => { this.runningPins-- })
      this.runningPins++
    }
    while (!this.stopped && this.runningUnpins < 1) {
      const op = next(this.unpins)
      if (op === undefined) break
      this.start(op, () => { this.runningUnpins-- })
      this.runningUnpins++
    }
  }

  private start (op: Operation, done: () => void): void {
    this.waiting--
    op.waiting = false
    void this.run(op).finally(() => {
      done()
      this.pump()
    })
  }
}

/** The next operation of `fifo` that was not cancelled while waiting. */
function next (fifo: Fifo<Operation>): Operation | undefined {
  for (let op = fifo.shift(); op !== undefined; op = fifo.shift()) {
    if (!op.cancelled) return op
  }
  return undefined
}
