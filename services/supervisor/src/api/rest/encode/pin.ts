import { pinModeNames, pinTypeNames } from '@ipfscluster/proto'
import type { Pin } from '../cluster-api.js'
import type { JsonValue } from './json.js'
import { formatTime } from './time.js'

/**
 * Where a pin comes from decides its null rules (rest-api.md §7.2):
 * `submitted` = the answer of `POST /pins…`, `state` = read from the shared state.
 */
export type PinSource = 'submitted' | 'state'

const cidOrNull = (cid: { toString: () => string } | undefined): string | null => cid === undefined ? null : cid.toString()

/** The `Pin` JSON object with the field order of rest-api.md §7.2. */
export function encodePin (pin: Pin, source: PinSource): JsonValue {
  const fromState = source === 'state'
  const hasMetadata = Object.keys(pin.metadata).length > 0
  return {
    replication_factor_min: pin.replicationFactorMin,
    replication_factor_max: pin.replicationFactorMax,
    name: pin.name,
    mode: fromState ? (pin.maxDepth === 0 ? 'direct' : 'recursive') : pinModeNames[pin.mode],
    shard_size: pin.shardSize,
    user_allocations: fromState ? null : pin.userAllocations,
    expire_at: formatTime(pin.expireAt),
    metadata: fromState && !hasMetadata ? null : { ...pin.metadata },
    pin_update: cidOrNull(pin.pinUpdate),
    origins: fromState ? (pin.origins ?? []) : pin.origins,
    cid: pin.cid.toString(),
    type: pin.type === 'PIN_TYPE_UNSPECIFIED' ? 'pin' : pinTypeNames[pin.type],
    allocations: pin.allocations,
    max_depth: pin.maxDepth,
    reference: cidOrNull(pin.reference),
    timestamp: formatTime(pin.timestamp)
  }
}
