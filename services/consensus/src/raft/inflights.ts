/**
 * The flow-control window of one follower: the last index of each append
 * message sent but not yet acknowledged. A full window pauses replication,
 * which bounds memory and network use towards a slow follower.
 */
export class Inflights {
  private readonly buf: number[] = []

  constructor (readonly capacity: number) {}

  get count (): number {
    return this.buf.length
  }

  full (): boolean {
    return this.buf.length >= this.capacity
  }

  /** Record an append whose last entry is `lastIndex` (increasing). */
  add (lastIndex: number): void {
    this.buf.push(lastIndex)
  }

  /** The follower acknowledged everything up to `index`. */
  freeLE (index: number): void {
    let n = 0
    while (n < this.buf.length && this.buf[n] <= index) n++
    if (n > 0) this.buf.splice(0, n)
  }

  /**
   * Forget the oldest message: a heartbeat response proves the follower is
   * alive, so a full window is more likely lost messages than a slow peer.
   */
  freeFirstOne (): void {
    this.buf.shift()
  }

  reset (): void {
    this.buf.length = 0
  }
}
