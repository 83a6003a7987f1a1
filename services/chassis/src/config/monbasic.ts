/**
 * `monitor.monbasic` (config.md §4.7): peer-management's peer monitor. A
 * v1.x `monitor.pubsubmon` section stands in for it when it is absent (the
 * loader reads its `check_interval`).
 */
import { positive } from './checks.js'
import { defineSection, field } from './section.js'
import { duration } from './types.js'

/** The `monitor.monbasic` section. */
export interface MonBasicConfig {
  /** How often metrics are checked for expiry (alerts), in milliseconds. */
  checkInterval: number
}

/** The `monitor.monbasic` section. */
export const monBasicSection = defineSection<MonBasicConfig>('monitor.monbasic', 'CLUSTER_MONBASIC_', {
  checkInterval: field('check_interval', duration, '15s', positive)
})
