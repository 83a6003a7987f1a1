/**
 * The one mapping between proto enum names and the strings users see in the
 * REST API, the proxy and `state export` (rest-api.md §7.2, §7.8).
 */
import type { PinMode__Output } from '../gen/ipfscluster/types/v1/PinMode.js'
import type { PinType__Output } from '../gen/ipfscluster/types/v1/PinType.js'
import type { TrackerStatus__Output } from '../gen/ipfscluster/types/v1/TrackerStatus.js'

/** REST `type` of each pin type (`PIN_TYPE_UNSPECIFIED` has none: invalid). */
export const pinTypeNames = {
  PIN_TYPE_PIN: 'pin',
  PIN_TYPE_META_PIN: 'meta-pin',
  PIN_TYPE_CLUSTERDAG_PIN: 'clusterdag-pin',
  PIN_TYPE_SHARD_PIN: 'shard-pin'
} as const satisfies Record<Exclude<PinType__Output, 'PIN_TYPE_UNSPECIFIED'>, string>

/** REST `mode` of each pin mode. */
export const pinModeNames = {
  PIN_MODE_RECURSIVE: 'recursive',
  PIN_MODE_DIRECT: 'direct'
} as const satisfies Record<PinMode__Output, string>

/** REST name of each tracker status. */
export const trackerStatusNames = {
  TRACKER_STATUS_UNDEFINED: 'undefined',
  TRACKER_STATUS_CLUSTER_ERROR: 'cluster_error',
  TRACKER_STATUS_PIN_ERROR: 'pin_error',
  TRACKER_STATUS_UNPIN_ERROR: 'unpin_error',
  TRACKER_STATUS_PINNED: 'pinned',
  TRACKER_STATUS_PINNING: 'pinning',
  TRACKER_STATUS_UNPINNING: 'unpinning',
  TRACKER_STATUS_UNPINNED: 'unpinned',
  TRACKER_STATUS_REMOTE: 'remote',
  TRACKER_STATUS_PIN_QUEUED: 'pin_queued',
  TRACKER_STATUS_UNPIN_QUEUED: 'unpin_queued',
  TRACKER_STATUS_SHARDED: 'sharded',
  TRACKER_STATUS_UNEXPECTEDLY_UNPINNED: 'unexpectedly_unpinned'
} as const satisfies Record<TrackerStatus__Output, string>

/** Filter composites of `GET /pins?filter=` and the statuses they stand for. */
export const trackerStatusComposites = {
  error: ['TRACKER_STATUS_CLUSTER_ERROR', 'TRACKER_STATUS_PIN_ERROR', 'TRACKER_STATUS_UNPIN_ERROR'],
  queued: ['TRACKER_STATUS_PIN_QUEUED', 'TRACKER_STATUS_UNPIN_QUEUED']
} as const satisfies Record<string, readonly TrackerStatus__Output[]>

function invert<K extends string, V extends string> (o: Record<K, V>): ReadonlyMap<string, K> {
  return new Map(Object.entries(o).map(([k, v]) => [v as string, k as K]))
}

const pinTypeByName = invert(pinTypeNames)
const pinModeByName = invert(pinModeNames)
const trackerStatusByName = invert(trackerStatusNames)

/** Proto pin type of a REST name (`"meta-pin"`), or `undefined` when unknown. */
export function pinTypeFromName (name: string): PinType__Output | undefined {
  return pinTypeByName.get(name)
}

/** Proto pin mode of a REST name (`"direct"`), or `undefined` when unknown. */
export function pinModeFromName (name: string): PinMode__Output | undefined {
  return pinModeByName.get(name)
}

/**
 * Tracker statuses a REST filter word stands for: one for a status name,
 * several for a composite (`error`, `queued`), none when unknown.
 */
export function trackerStatusesFromName (name: string): readonly TrackerStatus__Output[] {
  if (Object.hasOwn(trackerStatusComposites, name)) {
    return trackerStatusComposites[name as keyof typeof trackerStatusComposites]
  }
  const s = trackerStatusByName.get(name)
  return s === undefined ? [] : [s]
}
