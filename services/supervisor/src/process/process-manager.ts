import { ChildFailedError, ManagedChild, type ChildSettings } from './managed-child.js'

/**
 * The peer's child processes: started one after the other (each SERVING
 * before the next), each restarted alone when it fails, stopped in the given
 * order. `onFatal` hears when one can no longer be kept running.
 */
export class ProcessManager {
  private readonly children = new Map<string, ManagedChild>()

  constructor (private readonly settings: ChildSettings[], private readonly onFatal: (err: ChildFailedError) => void) {}

  async start (): Promise<void> {
    for (const s of this.settings) {
      const child = new ManagedChild(s, err => { this.onFatal(err) })
      this.children.set(s.name, child)
      try {
        await child.start()
      } catch (err) {
        throw err instanceof ChildFailedError ? err : new ChildFailedError(s.name, (err as Error).message)
      }
    }
  }

  /** Stops the children in `order` (each bounded by its shutdown timeout), then any others. */
  async stop (order: readonly string[]): Promise<void> {
    const names = [...order.filter(n => this.children.has(n)), ...[...this.children.keys()].filter(n => !order.includes(n))]
    for (const name of names) await this.children.get(name)?.stop()
  }

  kill (): void {
    for (const child of this.children.values()) child.kill()
  }

  pids (): Record<string, number | undefined> {
    return Object.fromEntries([...this.children].map(([name, c]) => [name, c.pid]))
  }
}
