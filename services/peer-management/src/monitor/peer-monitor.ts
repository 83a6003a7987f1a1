import type { Alert__Output, Metric__Output } from '@ipfscluster/proto'
import { logger } from '@ipfscluster/chassis'
import { AlertLog } from './alert-log.js'
import { expired, MetricStore, nowNs } from './metric-store.js'

const log = logger('monitor')

/**
 * The peer monitor (cluster-behaviour.md §5–§6): keeps the metrics every
 * peer pushes, and every check interval raises an alert for each cluster
 * peer whose latest metric of a name has expired — once, until a fresher
 * one arrives.
 */
export class PeerMonitor {
  readonly alerts = new AlertLog()
  private readonly store = new MetricStore()
  /** (name, peer) pairs alerted since their last metric. */
  private readonly alerted = new Set<string>()
  private timer?: NodeJS.Timeout

  /**
   * @param members - the current cluster peers, self included; only they are watched
   */
  constructor (private readonly checkInterval: number, private readonly members: () => Promise<string[]>) {}

  start (): void {
    this.timer = setInterval(() => {
      this.check().catch(err => { log.error('metric check failed', { err: (err as Error).message }) })
    }, this.checkInterval)
    this.timer.unref()
  }

  stop (): void {
    clearInterval(this.timer)
  }

  /** Stores a metric (stamping `received_at`) and clears its alert. */
  logMetric (m: Metric__Output): void {
    this.store.add(m)
    this.alerted.delete(key(m))
  }

  /** The latest valid, unexpired metric of `name` per peer, sorted by peer. */
  latestMetrics (name: string): Metric__Output[] {
    return this.store.latestValid(name)
  }

  metricNames (): string[] {
    return this.store.names()
  }

  /** Forgets a peer that left: no alert will be raised for it. */
  dropPeer (peer: string): void {
    this.store.dropPeer(peer)
    for (const k of [...this.alerted]) if (k.endsWith(`\n${peer}`)) this.alerted.delete(k)
  }

  /** One round of expiry checks; returns the alerts raised. */
  async check (): Promise<Alert__Output[]> {
    const members = new Set(await this.members())
    const now = nowNs()
    const raised: Alert__Output[] = []
    for (const m of this.store.latest()) {
      if (!members.has(m.peer) || !expired(m, now) || this.alerted.has(key(m))) continue
      this.alerted.add(key(m))
      const alert = { metric: m, triggered_at: String(Date.now()) }
      log.info('metric expired: alert', { peer: m.peer, metric: m.name })
      this.alerts.add(alert)
      raised.push(alert)
    }
    return raised
  }
}

function key (m: Metric__Output): string {
  return `${m.name}\n${m.peer}`
}
