/**
 * The core's clock: `tick()` every `periodMs` on the monotonic clock. A
 * timer that fires late (a long fsync, a busy loop) catches up with the
 * ticks it owes, up to `maxCatchUp`, so elections keep real-time pacing;
 * wall-clock jumps do not matter (consensus.md §6).
 */
export class Ticker {
  private timer?: NodeJS.Timeout
  private started = 0
  private ticked = 0

  constructor (private readonly periodMs: number, private readonly maxCatchUp: number, private readonly onTick: (n: number) => void) {}

  start (): void {
    this.started = performance.now()
    this.ticked = 0
    this.timer = setInterval(() => { this.fire() }, this.periodMs)
  }

  stop (): void {
    clearInterval(this.timer)
    this.timer = undefined
  }

  private fire (): void {
    const due = Math.floor((performance.now() - this.started) / this.periodMs)
    const n = Math.min(due - this.ticked, this.maxCatchUp)
    this.ticked = due
    if (n > 0) this.onTick(n)
  }
}
