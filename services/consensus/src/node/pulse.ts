import { abortReason } from '../errors.js'

/**
 * A level-free notification: `next()` resolves at the following `fire()`.
 * Waiters re-check their condition after each pulse, so a missed detail
 * never matters, only that they wake up.
 */
export class Pulse {
  private waiting: Array<() => void> = []

  fire (): void {
    const w = this.waiting
    this.waiting = []
    for (const resolve of w) resolve()
  }

  /** Resolves at the next {@link fire}; rejects when `signal` aborts. */
  async next (signal?: AbortSignal): Promise<void> {
    await new Promise<void>((resolve, reject) => {
      if (signal?.aborted === true) { reject(abortReason(signal)); return }
      const onAbort = (): void => {
        this.waiting = this.waiting.filter(w => w !== done)
        reject(abortReason(signal as AbortSignal))
      }
      const done = (): void => {
        signal?.removeEventListener('abort', onAbort)
        resolve()
      }
      this.waiting.push(done)
      signal?.addEventListener('abort', onAbort, { once: true })
    })
  }

  /** Resolves once `ready()` is true, checking after every pulse. */
  async until (ready: () => boolean, signal?: AbortSignal): Promise<void> {
    while (!ready()) await this.next(signal)
  }
}

/** Waits `ms` (rejects when `signal` aborts). */
export async function sleep (ms: number, signal?: AbortSignal): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    if (signal?.aborted === true) { reject(abortReason(signal)); return }
    const onAbort = (): void => { clearTimeout(t); reject(abortReason(signal as AbortSignal)) }
    const t = setTimeout(() => { signal?.removeEventListener('abort', onAbort); resolve() }, ms)
    signal?.addEventListener('abort', onAbort, { once: true })
  })
}

/** `signal` combined with a deadline of `ms` that aborts with `error`. */
export function withDeadline (signal: AbortSignal | undefined, ms: number, error: () => Error): AbortSignal {
  const c = new AbortController()
  const t = setTimeout(() => { c.abort(error()) }, ms)
  c.signal.addEventListener('abort', () => { clearTimeout(t) }, { once: true })
  if (signal !== undefined) {
    if (signal.aborted) c.abort(signal.reason)
    else signal.addEventListener('abort', () => { c.abort(signal.reason) }, { once: true })
  }
  return c.signal
}
