/**
 * A deadline that moves while work progresses: `signal` aborts with the given
 * error when `touch()` has not been called for `ms` (the pin timeout of
 * ipfs.md §1.3: "no progress for pin_timeout").
 */
export class StallGuard {
  private readonly controller = new AbortController()
  private timer: NodeJS.Timeout | undefined

  /** Aborted by the stall or by `outer`. */
  readonly signal: AbortSignal

  constructor (private readonly ms: number, private readonly error: () => Error, outer?: AbortSignal) {
    this.signal = outer === undefined ? this.controller.signal : AbortSignal.any([outer, this.controller.signal])
    this.touch()
  }

  /** Progress was made: the deadline restarts. */
  touch (): void {
    clearTimeout(this.timer)
    this.timer = setTimeout(() => { this.controller.abort(this.error()) }, this.ms)
  }

  /** True when the guard (not the outer signal) fired. */
  get stalled (): boolean {
    return this.controller.signal.aborted
  }

  /** The stall error. */
  get reason (): Error {
    return this.controller.signal.reason as Error
  }

  dispose (): void {
    clearTimeout(this.timer)
  }
}
