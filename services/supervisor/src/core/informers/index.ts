/**
 * The informers of the cluster core (cluster-behaviour.md §5): the one the
 * allocation strategy (`--alloc`) picks — disk (`freespace` or `reposize`)
 * or `numpin` — plus the `ping` value, published through peer-management's
 * PeerMonitor.
 *
 * @example
 * ```ts
 * const informers = startInformers({ ipfs, monitor, peername, metric: 'freespace', config: { disk, numpin, monitorPingInterval } })
 * await informers.publishNow()   // Cluster.SendInformerMetrics
 * await informers.stop()
 * ```
 */
import type { DiskInformerConfig, NumpinInformerConfig, PromiseClient } from '@ipfscluster/chassis'
import type { IPFSConnectorClient } from '@ipfscluster/proto'
import { diskInformer } from './disk.js'
import { numpinInformer } from './numpin.js'
import { pingInformer } from './ping.js'
import { InformerPublisher, type MetricSink } from './publisher.js'

export type { Informer, Measurement } from './informer.js'
export type { PingValue } from './ping.js'
export { InformerPublisher, type MetricSink } from './publisher.js'

export interface InformerDeps {
  ipfs: Pick<PromiseClient<IPFSConnectorClient>, 'RepoStat' | 'PinLs' | 'ID'>
  monitor: MetricSink
  /** `cluster.peername`, carried by `ping`. */
  peername: string
  /** The allocation metric `--alloc` chose (it overrides `informer.disk.metric_type`): only its informer runs. */
  metric: 'freespace' | 'reposize' | 'numpin'
  config: { disk: DiskInformerConfig, numpin: NumpinInformerConfig, monitorPingInterval: number }
}

/** Starts publishing the chosen informer's metric and the ping value. */
export function startInformers (deps: InformerDeps): InformerPublisher {
  const { metric, config } = deps
  const allocation = metric === 'numpin'
    ? numpinInformer(deps.ipfs, config.numpin)
    : diskInformer(deps.ipfs, { ...config.disk, metricType: metric })
  const publisher = new InformerPublisher(deps.monitor, [allocation, pingInformer(deps.ipfs, deps.peername, config.monitorPingInterval)])
  publisher.start()
  return publisher
}
