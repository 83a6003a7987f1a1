/**
 * `--alloc` (cli.md §2.2): the allocation strategy picks the informer that
 * runs and, for the disk informer, its metric — overriding
 * `informer.disk.metric_type` (original: `disk-reposize` kept the config's
 * metric and so sorted free space ascending).
 */
import { InvalidParametersError } from '../errors.js'
import type { ClusterConfig } from './layout.js'

/** What a strategy selects. */
export interface AllocationStrategy {
  /** The informer that runs. */
  informer: 'disk' | 'numpin'
  /** The disk metric, for the disk informer. */
  metricType?: 'freespace' | 'reposize'
}

const STRATEGIES: Record<string, AllocationStrategy> = {
  'disk-freespace': { informer: 'disk', metricType: 'freespace' },
  disk: { informer: 'disk', metricType: 'freespace' },
  'disk-reposize': { informer: 'disk', metricType: 'reposize' },
  numpin: { informer: 'numpin' },
  pincount: { informer: 'numpin' }
}

/** The default strategy. */
export const DEFAULT_ALLOCATION = 'disk-freespace'

/**
 * Reads a `--alloc` value.
 *
 * @throws InvalidParametersError `unknown allocation strategy: <value>`
 */
export function allocationStrategy (value: string): AllocationStrategy {
  const strategy = Object.hasOwn(STRATEGIES, value) ? STRATEGIES[value] : undefined
  if (strategy === undefined) throw new InvalidParametersError(`unknown allocation strategy: ${value}`)
  return strategy
}

/** The configuration with the strategy's disk metric forced. */
export function withAllocationStrategy (cfg: ClusterConfig, strategy: AllocationStrategy): ClusterConfig {
  return strategy.metricType === undefined ? cfg : { ...cfg, disk: { ...cfg.disk, metricType: strategy.metricType } }
}
