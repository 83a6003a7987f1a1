/** `pin_tracker.maptracker` (config.md §4.6): the supervisor's pin tracker. */
import { atLeast, between, notNegative, positive } from './checks.js'
import { defineSection, field } from './section.js'
import { duration, int } from './types.js'

/** The `pin_tracker.maptracker` section. Durations in milliseconds. */
export interface MapTrackerConfig {
  /** An item `pinning` for longer becomes `pin_error` at the next IPFS sync. */
  pinningTimeout: number
  /** Same for `unpinning` → `unpin_error`. */
  unpinningTimeout: number
  /** Queued pin + unpin operations; beyond, new ones fail. */
  maxPinQueueSize: number
  /** Parallel IPFS pin requests (unpins run one at a time). */
  concurrentPins: number
  /** Pins younger than this… */
  priorityPinMaxAge: number
  /** …with at most this many attempts go to the priority queue. */
  priorityPinMaxRetries: number
}

/** The `pin_tracker.maptracker` section. */
export const mapTrackerSection = defineSection<MapTrackerConfig>('pin_tracker.maptracker', 'CLUSTER_MAPTRACKER_', {
  pinningTimeout: field('pinning_timeout', duration, '1h0m0s', positive),
  unpinningTimeout: field('unpinning_timeout', duration, '5m0s', positive),
  maxPinQueueSize: field('max_pin_queue_size', int, 1_000_000, atLeast(1)),
  concurrentPins: field('concurrent_pins', int, 10, between(1, 1000)),
  priorityPinMaxAge: field('priority_pin_max_age', duration, '24h0m0s', positive),
  priorityPinMaxRetries: field('priority_pin_max_retries', int, 5, notNegative)
})
