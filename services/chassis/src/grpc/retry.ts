import { AbortError, ServiceUnavailableError } from '../errors.js'
import type { CallOptions } from './client.js'

export interface RetryOptions {
  /** First pause between attempts, doubled up to `maxDelay`. */
  initialDelay?: number
  maxDelay?: number
}

/**
 * Runs `attempt` once, or — for idempotent calls — again while the target
 * process is unreachable, until the call's overall deadline. Each attempt gets
 * what is left of that deadline.
 */
export async function withRetry<T> (attempt: (opts: CallOptions) => Promise<T>, opts: CallOptions, defaultTimeout: number): Promise<T> {
  const timeout = opts.timeout ?? defaultTimeout
  const deadline = Date.now() + timeout
  let delay = opts.retry?.initialDelay ?? 50
  const maxDelay = opts.retry?.maxDelay ?? 1000
  for (;;) {
    const left = deadline - Date.now()
    try {
      return await attempt({ ...opts, timeout: Number.isFinite(timeout) ? Math.max(left, 1) : Infinity })
    } catch (err) {
      if (opts.idempotent !== true || !(err instanceof ServiceUnavailableError)) throw err
      if (deadline - Date.now() <= delay) throw err
      await pause(delay, opts.signal)
      delay = Math.min(delay * 2, maxDelay)
    }
  }
}

async function pause (ms: number, signal?: AbortSignal): Promise<void> {
  if (signal?.aborted === true) throw new AbortError()
  await new Promise<void>((resolve, reject) => {
    const onAbort = (): void => {
      clearTimeout(timer)
      reject(new AbortError())
    }
    // The listener goes with the pause: a long-lived signal must not collect one per retry.
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort)
      resolve()
    }, ms)
    signal?.addEventListener('abort', onAbort, { once: true })
  })
}
