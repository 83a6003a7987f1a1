/**
 * `informer.disk` and `informer.numpin` (config.md §4.8): the supervisor's
 * informers. Only the one chosen by `--alloc` runs (see alloc.ts); `init`
 * writes both.
 */
import { positive } from './checks.js'
import { defineSection, field } from './section.js'
import { choice, duration } from './types.js'

/** The `informer.disk` section. */
export interface DiskInformerConfig {
  /** TTL of the disk metric in milliseconds; pushed every TTL/2. */
  metricTtl: number
  /** `freespace` (StorageMax − RepoSize) or `reposize`. */
  metricType: 'freespace' | 'reposize'
}

/** The `informer.numpin` section. */
export interface NumpinInformerConfig {
  /** TTL of the `numpin` metric in milliseconds. */
  metricTtl: number
}

/** The `informer.disk` section. */
export const diskInformerSection = defineSection<DiskInformerConfig>('informer.disk', 'CLUSTER_DISK_', {
  metricTtl: field('metric_ttl', duration, '30s', positive),
  metricType: field('metric_type', choice('freespace', 'reposize'), 'freespace')
})

/** The `informer.numpin` section. */
export const numpinInformerSection = defineSection<NumpinInformerConfig>('informer.numpin', 'CLUSTER_NUMPIN_', {
  metricTtl: field('metric_ttl', duration, '10s', positive)
})
