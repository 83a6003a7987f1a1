import type { AddedOutput } from '../cluster-api.js'
import type { JsonValue } from './json.js'

/** The `AddedOutput` JSON object (rest-api.md §7.4): zero and empty fields omitted, `cid` null for progress. */
export function encodeAdded (out: AddedOutput): JsonValue {
  return {
    name: out.name,
    cid: out.cid === undefined ? null : out.cid.toString(),
    bytes: out.bytes === undefined || out.bytes === 0 ? undefined : out.bytes,
    size: out.size === undefined || out.size === 0 ? undefined : out.size,
    allocations: out.allocations === undefined || out.allocations.length === 0 ? undefined : out.allocations
  }
}
