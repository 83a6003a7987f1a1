import { codec, type Metric, type Metric__Output } from '@ipfscluster/proto'
import { logger } from '@ipfscluster/chassis'
import type { Relay } from '../relay/relay.js'
import { nowNs } from './metric-store.js'
import type { PeerMonitor } from './peer-monitor.js'

const log = logger('monitor')
const LOG_METRIC = '/ipfscluster.peermanagement.v1.PeerMonitor/LogMetric'
const logMetricRequest = codec('ipfscluster.peermanagement.v1.LogMetricRequest')
const metricCodec = codec('ipfscluster.types.v1.Metric')

/** Where a published metric went. */
export interface Delivery {
  sent_to: string[]
  failed: string[]
}

/**
 * Sends this peer's metrics to every cluster peer (itself included), and
 * publishes the liveness `ping` metric every `pingInterval` with a TTL of
 * twice that, carrying the last ping value the supervisor published.
 */
export class MetricPublisher {
  private pingValue = '{}'
  private timer?: NodeJS.Timeout

  /**
   * @param peers - the other cluster peers to push to
   */
  constructor (
    private readonly self: string,
    private readonly relay: Relay,
    private readonly monitor: PeerMonitor,
    private readonly peers: () => Promise<string[]>,
    private readonly opts: { networkTimeout: number, pingInterval: number }
  ) {}

  startPing (): void {
    const tick = (): void => { void this.ping() }
    tick()
    this.timer = setInterval(tick, this.opts.pingInterval)
    this.timer.unref()
  }

  stop (): void {
    clearInterval(this.timer)
  }

  /** Stores `metric` as this peer's and pushes it to every cluster peer in parallel, each push bounded by the network timeout. */
  async publish (metric: Metric): Promise<Delivery> {
    // Through the codec, so the stored copy has every default filled in like a received one.
    const mine = metricCodec.decode(metricCodec.encode({ ...metric, peer: this.self }))
    if (mine.name === 'ping') this.pingValue = mine.value
    this.monitor.logMetric(mine)
    const peers = await this.peers()
    const results = await Promise.all(peers.map(async peer => this.push(peer, mine)))
    return {
      sent_to: [this.self, ...peers.filter((_, i) => results[i])].sort(),
      failed: peers.filter((_, i) => !results[i])
    }
  }

  private async ping (): Promise<void> {
    const expire = nowNs() + BigInt(2 * this.opts.pingInterval) * 1_000_000n
    await this.publish({ name: 'ping', value: this.pingValue, expire: String(expire), valid: true })
  }

  private async push (peer: string, metric: Metric__Output): Promise<boolean> {
    try {
      const { status } = await this.relay.unary({
        peer,
        path: LOG_METRIC,
        payload: logMetricRequest.encode({ metric }),
        deadline: Date.now() + this.opts.networkTimeout,
        traceparent: '',
        tracestate: '',
        signal: AbortSignal.timeout(this.opts.networkTimeout)
      })
      if (status.status_code === 0) return true
      log.debug('metric refused by peer', { peer, metric: metric.name, err: `${status.error_name}: ${status.error_message}` })
    } catch (err) {
      log.debug('cannot send metric to peer', { peer, metric: metric.name, err: (err as Error).message })
    }
    return false
  }
}
