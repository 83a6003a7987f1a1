export interface WaitForOptions {
  /** Give up after this many milliseconds. */
  timeout?: number
  /** Poll period in milliseconds. */
  interval?: number
  /** What is awaited, for the error message. */
  what?: string | (() => string)
}

/**
 * Resolves once `condition` returns (or resolves to) true; rejects with an
 * error naming `what` when the deadline passes, or with the condition's own
 * error if it throws. Tests wait on observable conditions with this, never on
 * fixed sleeps.
 */
export async function waitFor (condition: () => boolean | Promise<boolean>, options: WaitForOptions = {}): Promise<void> {
  const timeout = options.timeout ?? 10_000
  const interval = options.interval ?? 25
  const deadline = Date.now() + timeout
  for (;;) {
    if (await condition()) return
    if (Date.now() >= deadline) {
      const what = typeof options.what === 'function' ? options.what() : options.what ?? 'condition'
      throw new Error(`timed out after ${timeout} ms waiting for ${what}`)
    }
    await new Promise(resolve => setTimeout(resolve, Math.min(interval, Math.max(deadline - Date.now(), 0))))
  }
}

/** Resolves with the value `probe` returns once it is not undefined. */
export async function waitForValue<T> (probe: () => T | undefined | Promise<T | undefined>, options: WaitForOptions = {}): Promise<T> {
  let value: T | undefined
  await waitFor(async () => {
    value = await probe()
    return value !== undefined
  }, options)
  return value as T
}
