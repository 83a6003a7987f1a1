import type { Alert, Metric } from '../cluster-api.js'
import type { JsonValue } from './json.js'
import { formatTime } from './time.js'

/** The `Metric` JSON object (rest-api.md §7.5), int64 fields written exactly. */
export function encodeMetric (m: Metric): { [key: string]: JsonValue } {
  return {
    name: m.name,
    peer: m.peer,
    value: m.value,
    expire: m.expire,
    valid: m.valid,
    weight: m.weight,
    partitionable: m.partitionable,
    received_at: m.receivedAt
  }
}

/** The `Alert` JSON object: the metric's fields, then `triggered_at`. */
export function encodeAlert (a: Alert): JsonValue {
  return { ...encodeMetric(a), triggered_at: formatTime(a.triggeredAt) }
}
