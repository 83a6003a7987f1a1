/**
 * The informers of the cluster core (cluster-behaviour.md §5): the one the
 * allocation strategy (`--alloc`) picks — disk (`freespace` or `reposize`)
 * or `numpin` — plus the `ping` value, published through peer-management's
 * PeerMonitor.
 *
 * @example
 * ```ts
 * const informers = startInformers({ ipfs, monitor, peername, strategy: allocationStrategy('disk-freespace'), config })
 * await informers.publishNow()   // Cluster.SendInformerMetrics
 * await informers.stop()
 * ```
 */
import type { AllocationStrategy, DiskInformerConfig, NumpinInformerConfig, PromiseClient } from '@ipfscluster/chassis'
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
  /** From `--alloc`; its disk metric overrides `informer.disk.metric_type`. */
  strategy: AllocationStrategy
  config: { disk: DiskInformerConfig, numpin: NumpinInformerConfig, monitorPingInterval: number }
}

/** Starts publishing the chosen informer's metric and the ping value. */
export function startInformers (deps: InformerDeps): InformerPublisher {
  const { strategy, config } = deps
  const allocation = strategy.informer === 'numpin'
    ? numpinInformer(deps.ipfs, config.numpin)
    : diskInformer(deps.ipfs, { ...config.disk, metricType: strategy.metricType ?? config.disk.metricType })
  const publisher = new InformerPublisher(deps.monitor, [allocation, pingInformer(deps.ipfs, deps.peername, config.monitorPingInterval)])
  publisher.start()
  return publisher
}
