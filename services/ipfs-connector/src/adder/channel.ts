/**
 * An unbounded queue read as an async iterable: lets callbacks (importer
 * progress) and a running task (the importer's results) feed one generator.
 */
export class Channel<T> implements AsyncIterable<T> {
  private readonly items: T[] = []
  private failure: { err: unknown } | undefined
  private closed = false
  private wake: (() => void) | undefined

  push (item: T): void {
    this.items.push(item)
    this.notify()
  }

  /** Ends the iteration after the queued items; with `err`, fails it instead. */
  close (err?: unknown): void {
    if (err !== undefined) this.failure = { err }
    this.closed = true
    this.notify()
  }

  private notify (): void {
    const wake = this.wake
    this.wake = undefined
    wake?.()
  }

  async * [Symbol.asyncIterator] (): AsyncGenerator<T> {
    for (;;) {
      if (this.failure !== undefined) throw this.failure.err
      const item = this.items.shift()
      if (item !== undefined) {
        yield item
        continue
      }
      if (this.closed) return
      await new Promise<void>(resolve => { this.wake = resolve })
    }
  }
}
