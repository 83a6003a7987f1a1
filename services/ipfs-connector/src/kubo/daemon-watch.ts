/**
 * Whether the daemon can be called (ipfs.md §1.3, conventions P17). Until it
 * has answered `id`, and from the first failure to reach it until it answers
 * again, calls fail at once with `IpfsUnavailableError` naming the address
 * and the last cause, and only the probe — one `id` a second — reaches the
 * daemon. An outage is logged once when it starts and once when it ends;
 * callers get typed errors and do not log them again (original #1396, #1503,
 * #1733).
 */
import type { Logger } from '@ipfscluster/chassis'
import type { Availability } from '../connector.js'
import { unreachable } from './http-errors.js'

/** Calls the daemon's `id`; resolves with its agent version. */
export type Probe = (signal: AbortSignal) => Promise<string>

/** Tracks the daemon's availability and probes it while it is unavailable. */
export class DaemonWatch {
  private state: Availability = 'unavailable'
  private cause = 'not contacted yet'
  private readonly listeners = new Set<(state: Availability) => void>()
  private readonly stopping = new AbortController()
  private probing: Promise<void> | undefined

  constructor (private readonly address: string, private readonly probe: Probe, private readonly log: Logger, private readonly interval = 1000) {}

  /** Starts the readiness probe. */
  start (): void {
    this.log.info(`waiting for IPFS to become available on ${this.address}...`)
    this.probeUntilAvailable()
  }

  /** Stops probing. */
  async stop (): Promise<void> {
    this.stopping.abort()
    await this.probing
  }

  availability (): Availability {
    return this.state
  }

  onChange (listener: (state: Availability) => void): () => void {
    this.listeners.add(listener)
    return () => { this.listeners.delete(listener) }
  }

  /** @throws IpfsUnavailableError while the daemon is not known to answer. */
  assertAvailable (): void {
    if (this.state !== 'available') throw unreachable(this.address, this.cause)
  }

  /** A request could not reach the daemon: the outage starts (logged once). */
  transportFailed (err: Error): void {
    this.cause = err.message
    if (this.state !== 'available') return
    this.log.error(`IPFS unreachable at ${this.address}: ${err.message}; retrying once a second`)
    this.set('unavailable')
    this.probeUntilAvailable()
  }

  private set (state: Availability): void {
    this.state = state
    for (const l of this.listeners) l(state)
  }

  private probeUntilAvailable (): void {
    if (this.probing !== undefined || this.stopping.signal.aborted) return
    const signal = this.stopping.signal
    this.probing = (async () => {
      while (!signal.aborted) {
        try {
          const agent = await this.probe(AbortSignal.any([signal, AbortSignal.timeout(Math.max(this.interval * 5, 5000))]))
          if (signal.aborted) return
          this.log.info(`IPFS is available: ${agent}`)
          this.set('available')
          return
        } catch (err) {
          this.cause = (err as Error).message
        }
        await pause(this.interval, signal)
      }
    })().finally(() => { this.probing = undefined })
  }
}

async function pause (ms: number, signal: AbortSignal): Promise<void> {
  await new Promise<void>(resolve => {
    const timer = setTimeout(done, ms)
    function done (): void {
      clearTimeout(timer)
      signal.removeEventListener('abort', done)
      resolve()
    }
    signal.addEventListener('abort', done)
  })
}
