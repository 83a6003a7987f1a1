/** supervisor.* settings that govern restarts (config.md §4.10), in milliseconds. */
export interface RestartSettings {
  restartDelay: number
  maxRestartDelay: number
  restartWindow: number
  maxRestarts: number
}

export type RestartDecision = { giveUp: false, delay: number, attempt: number } | { giveUp: true, restarts: number }

/**
 * Like systemd's start limit: the delay doubles on consecutive failures up to
 * a cap, resets once a child has run for a whole window, and more than
 * `maxRestarts` restarts inside one window means the child keeps failing.
 */
export class RestartPolicy {
  private readonly restarts: number[] = []
  private consecutive = 0

  constructor (private readonly settings: RestartSettings, private readonly now: () => number = () => performance.now()) {}

  /** Called when the child failed; `startedAt` is when that run began. */
  onFailure (startedAt: number): RestartDecision {
    const now = this.now()
    if (now - startedAt >= this.settings.restartWindow) this.consecutive = 0
    while (this.restarts.length > 0 && now - this.restarts[0] > this.settings.restartWindow) this.restarts.shift()
    if (this.restarts.length >= this.settings.maxRestarts) return { giveUp: true, restarts: this.restarts.length }
    this.restarts.push(now)
    const delay = Math.min(this.settings.restartDelay * 2 ** this.consecutive, this.settings.maxRestartDelay)
    this.consecutive++
    return { giveUp: false, delay, attempt: this.restarts.length }
  }
}
