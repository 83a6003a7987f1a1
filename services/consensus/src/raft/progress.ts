import { Inflights } from './inflights.js'

/**
 * How the leader replicates to one follower:
 * - probe: next is a guess; one append at a time until the follower answers;
 * - replicate: next is optimistic, appends are pipelined up to the window;
 * - snapshot: a snapshot is being transferred; appends wait for reportSnapshot().
 */
export type ProgressState = 'probe' | 'replicate' | 'snapshot'

/** The leader's view of one follower (etcd's tracker.Progress). */
export class Progress {
  /** Highest index known to match the follower's durable log. */
  match = 0
  /** Next index to send. */
  next: number
  state: ProgressState = 'probe'
  /** In probe state: an append is outstanding, wait for a reply or a heartbeat response. */
  probeSent = false
  /** In snapshot state: index of the snapshot being sent. */
  pendingSnapshot = 0
  /** Tick at which the leader last heard from this follower (CheckQuorum, lease). */
  lastHeard: number
  readonly inflights: Inflights

  constructor (next: number, maxInflight: number, now: number, public learner: boolean) {
    this.next = next
    this.inflights = new Inflights(maxInflight)
    this.lastHeard = now
  }

  becomeProbe (): void {
    // after a snapshot the follower has at least the snapshot index
    this.next = this.state === 'snapshot'
      ? Math.max(this.match + 1, this.pendingSnapshot + 1)
      : this.match + 1
    this.state = 'probe'
    this.probeSent = false
    this.pendingSnapshot = 0
    this.inflights.reset()
  }

  becomeReplicate (): void {
    this.state = 'replicate'
    this.next = this.match + 1
    this.probeSent = false
    this.pendingSnapshot = 0
    this.inflights.reset()
  }

  becomeSnapshot (index: number): void {
    this.state = 'snapshot'
    this.pendingSnapshot = index
    this.probeSent = false
    this.inflights.reset()
  }

  /** A successful append response for `index`; true if match moved. */
  maybeUpdate (index: number): boolean {
    let updated = false
    if (this.match < index) {
      this.match = index
      updated = true
      this.probeSent = false
    }
    this.next = Math.max(this.next, index + 1)
    return updated
  }

  /**
   * A rejection of the append at `rejected` with the follower's hint. False
   * if the rejection is stale (an older message, already superseded).
   */
  maybeDecrTo (rejected: number, hint: number): boolean {
    if (this.state === 'replicate') {
      if (rejected <= this.match) return false
      this.next = this.match + 1
      return true
    }
    if (this.next - 1 !== rejected) return false
    this.next = Math.max(Math.min(rejected, hint + 1), this.match + 1)
    this.probeSent = false
    return true
  }

  /** Record that an append with `count` entries ending at `lastIndex` was sent. */
  sentEntries (count: number, lastIndex: number): void {
    if (this.state === 'replicate') {
      if (count > 0) {
        this.next = lastIndex + 1
        this.inflights.add(lastIndex)
      }
    } else if (this.state === 'probe') {
      this.probeSent = true
    }
  }

  isPaused (): boolean {
    switch (this.state) {
      case 'probe': return this.probeSent
      case 'replicate': return this.inflights.full()
      case 'snapshot': return true
    }
  }
}
