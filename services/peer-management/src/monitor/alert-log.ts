import type { Alert__Output } from '@ipfscluster/proto'

/** Alerts retained for `/health/alerts` (cluster-behaviour.md §6). */
const RETAIN = 1000

/** The recent alerts, and the live feed of new ones. */
export class AlertLog {
  private readonly ring: Alert__Output[] = []
  private readonly followers = new Set<(a: Alert__Output) => void>()

  add (alert: Alert__Output): void {
    this.ring.push(alert)
    if (this.ring.length > RETAIN) this.ring.shift()
    for (const f of this.followers) f(alert)
  }

  /** Retained alerts, oldest first. */
  recent (): Alert__Output[] {
    return [...this.ring]
  }

  /** The retained alerts, then each new one as it is raised, until `signal` aborts. */
  async * follow (signal: AbortSignal): AsyncGenerator<Alert__Output> {
    const pending: Alert__Output[] = [...this.ring]
    let wake: (() => void) | undefined
    const follower = (a: Alert__Output): void => {
      pending.push(a)
      wake?.()
    }
    const onAbort = (): void => wake?.()
    this.followers.add(follower)
    signal.addEventListener('abort', onAbort, { once: true })
    try {
      while (!signal.aborted) {
        const next = pending.shift()
        if (next !== undefined) yield next
        else await new Promise<void>(resolve => { wake = resolve })
      }
    } finally {
      this.followers.delete(follower)
      signal.removeEventListener('abort', onAbort)
    }
  }
}
