/**
 * Runs the informers: each measures and publishes every `interval` through
 * `PeerMonitor.PublishMetric` (which stores the metric and pushes it to every
 * cluster peer), with an expiry of now + TTL. A publication that fails
 * (peer-management restarting) is retried every 500 ms with a fresh expiry;
 * the ERROR is logged at most once a minute (cluster-behaviour.md §5).
 */
import { setTimeout as sleep } from 'node:timers/promises'
import { logger, type PromiseClient } from '@ipfscluster/chassis'
import type { PeerMonitorClient } from '@ipfscluster/proto'
import type { Informer } from './informer.js'

const log = logger('cluster')
const RETRY_PAUSE = 500
const ERROR_LOG_PERIOD = 60_000

export type MetricSink = Pick<PromiseClient<PeerMonitorClient>, 'PublishMetric'>

export class InformerPublisher {
  private readonly stopper = new AbortController()
  private readonly timers: NodeJS.Timeout[] = []
  private readonly running = new Set<Promise<void>>()
  private readonly published = new Map<string, string>()
  private lastErrorLog = 0

  constructor (private readonly monitor: MetricSink, readonly informers: Informer[]) {}

  /** Publishes every metric now, then each every its interval. */
  start (): void {
    for (const informer of this.informers) {
      let busy = false
      const tick = (): void => {
        if (busy) return
        busy = true
        this.run(this.publish(informer, false).finally(() => { busy = false }))
      }
      tick()
      const timer = setInterval(tick, informer.interval)
      timer.unref()
      this.timers.push(timer)
    }
  }

  /** Measures and publishes every metric now (`Cluster.SendInformerMetrics`); resolves when all are out. */
  async publishNow (): Promise<void> {
    await Promise.all(this.informers.map(async informer => this.publish(informer, true)))
  }

  async stop (): Promise<void> {
    this.stopper.abort()
    for (const t of this.timers) clearInterval(t)
    await Promise.allSettled([...this.running])
  }

  private async publish (informer: Informer, force: boolean): Promise<void> {
    const signal = this.stopper.signal
    const m = await informer.measure(signal)
    if (informer.onChangeOnly === true && !force && this.published.get(informer.name) === m.value) return
    while (!signal.aborted) {
      const expire = (BigInt(Date.now()) + BigInt(informer.ttl)) * 1_000_000n
      try {
        await this.monitor.PublishMetric({ metric: { name: informer.name, value: m.value, weight: String(m.weight), valid: m.valid, expire: String(expire) } }, { signal, timeout: 10_000, idempotent: true })
        this.published.set(informer.name, m.value)
        return
      } catch (err) {
        if (signal.aborted) return
        if (Date.now() - this.lastErrorLog >= ERROR_LOG_PERIOD) {
          this.lastErrorLog = Date.now()
          log.error('cannot publish metric; retrying every 500ms', { metric: informer.name, err: (err as Error).message })
        }
        await sleep(RETRY_PAUSE, undefined, { signal }).catch(() => {})
      }
    }
  }

  private run (p: Promise<void>): void {
    this.running.add(p)
    void p.finally(() => this.running.delete(p))
  }
}
