/**
 * Pins as `state export` writes them (rest-api.md §7.2, read-from-state
 * shape: `metadata` null when empty, `origins` [], `user_allocations` null)
 * and as `state import` reads them (consensus.md §9: defaults for missing
 * fields, every field validated).
 */
import { codec, pinTypeFromName, pinTypeNames, type Pin } from '@ipfscluster/proto'
import { base58btc } from 'multiformats/bases/base58'
import { CID } from 'multiformats/cid'
import * as Digest from 'multiformats/hashes/digest'
import { cidText } from './cid-text.js'
import { formatGoTime, parseGoTime } from './go-time.js'

const pins = codec('ipfscluster.types.v1.Pin')

const cidOrNull = (b: Uint8Array): string | null => b.length === 0 ? null : cidText(b)

/** One export line (without the newline) for an encoded Pin; key order as rest-api.md §7.2. */
export function exportLine (encoded: Uint8Array): string {
  const p = pins.decode(encoded)
  const metadata = Object.keys(p.metadata).sort()
  return JSON.stringify({
    replication_factor_min: p.replication_factor_min,
    replication_factor_max: p.replication_factor_max,
    name: p.name,
    mode: p.max_depth === 0 ? 'direct' : 'recursive',
    shard_size: Number(p.shard_size),
    user_allocations: null,
    expire_at: formatGoTime(Number(p.expire_at)),
    metadata: metadata.length === 0 ? null : Object.fromEntries(metadata.map(k => [k, p.metadata[k]])),
    pin_update: cidOrNull(p.pin_update),
    origins: p.origins,
    cid: cidText(p.cid),
    type: p.type === 'PIN_TYPE_UNSPECIFIED' ? 'pin' : pinTypeNames[p.type],
    allocations: p.allocations,
    max_depth: p.max_depth,
    reference: cidOrNull(p.reference),
    timestamp: formatGoTime(Number(p.timestamp))
  })
}

/** Defaults and overrides of an import (cli.md §6). */
export interface ImportPinOptions {
  /** `cluster.replication_factor_min/max`, used when a pin has 0 or none. */
  defaultReplicationMin: number
  defaultReplicationMax: number
  /** `--rmin`/`--rmax` (> 0 replaces each pin's value). */
  replicationMin?: number
  replicationMax?: number
  /** `--allocs`: replaces each pin's allocations (already validated). */
  allocations?: readonly string[]
  /** Timestamp of pins without one, Unix ms. */
  now: number
}

/** Old Go numbering of pin types (v0.5–v1.0-rc servers wrote numbers). */
const numberedTypes: Record<number, Pin['type']> = { 2: 'PIN_TYPE_PIN', 4: 'PIN_TYPE_META_PIN', 8: 'PIN_TYPE_CLUSTERDAG_PIN', 16: 'PIN_TYPE_SHARD_PIN' }

/** Binary CID of a text CID (or the original's `{"/": "…"}` form). @throws Error `error decoding Cid: …` */
function parseCid (v: unknown, field = 'Cid'): Uint8Array {
  const text = typeof v === 'object' && v !== null && typeof (v as any)['/'] === 'string' ? (v as any)['/'] : v
  try {
    if (typeof text !== 'string') throw new Error(`expected a string, got ${JSON.stringify(v)}`)
    return CID.parse(text, text.startsWith('Qm') || text.startsWith('1') ? base58btc : undefined).bytes
  } catch (err) {
    throw new Error(`error decoding ${field}: ${(err as Error).message}`)
  }
}

/** Canonical (base58btc) peer ID of a text one. @throws Error `error decoding peer ID "<x>": …` */
export function parsePeerId (text: unknown): string {
  try {
    if (typeof text !== 'string') throw new Error('not a string')
    const mh = text.startsWith('Qm') || text.startsWith('1') ? base58btc.baseDecode(text) : CID.parse(text).multihash.bytes
    const d = Digest.decode(mh)
    if (d.code !== 0x12 && d.code !== 0x00) throw new Error(`unexpected multihash code ${d.code}`)
    return base58btc.baseEncode(mh)
  } catch (err) {
    throw new Error(`error decoding peer ID ${JSON.stringify(text)}: ${(err as Error).message}`)
  }
}

function int (v: unknown, field: string, dflt: number): number {
  if (v === undefined || v === null) return dflt
  if (!Number.isSafeInteger(v)) throw new Error(`${field}: expected an integer, got ${JSON.stringify(v)}`)
  return v as number
}

function strings (v: unknown, field: string): string[] {
  if (v === undefined || v === null) return []
  if (!Array.isArray(v) || !v.every(x => typeof x === 'string')) throw new Error(`${field}: expected a list of strings`)
  return v
}

function time (v: unknown, field: string, dflt: number): number {
  if (v === undefined || v === null) return dflt
  if (typeof v !== 'string') throw new Error(`${field}: expected a time string`)
  return parseGoTime(v)
}

/** Replication factors after defaults and overrides, checked against rule R (config.md §4.1). */
function replication (p: Record<string, unknown>, o: ImportPinOptions): [number, number] {
  const legacy = p.replication_factor
  let min = int(p.replication_factor_min ?? legacy, 'replication_factor_min', 0)
  let max = int(p.replication_factor_max ?? legacy, 'replication_factor_max', 0)
  if (min === 0) min = o.defaultReplicationMin
  if (max === 0) max = o.defaultReplicationMax
  if ((o.replicationMin ?? 0) > 0) min = o.replicationMin as number
  if ((o.replicationMax ?? 0) > 0) max = o.replicationMax as number
  if (min < -1) throw new Error('replication_factor_min is wrong')
  if (max < -1) throw new Error('replication_factor_max is wrong')
  if ((min === -1) !== (max === -1)) throw new Error('replication_factor_min and max must be -1 when one of them is')
  if (min > max) throw new Error('replication_factor_min is larger than max')
  return [min, max]
}

/**
 * Validates one imported object and returns the encoded Pin.
 * @throws Error whose message says what is wrong (the caller adds `line N: `)
 */
export function importPin (p: Record<string, unknown>, o: ImportPinOptions): Uint8Array {
  const cid = parseCid(p.cid)
  const type = typeof p.type === 'number' ? numberedTypes[p.type] : pinTypeFromName(typeof p.type === 'string' ? p.type : 'pin')
  if (type === undefined || (p.type !== undefined && typeof p.type !== 'string' && typeof p.type !== 'number')) {
    throw new Error(`unknown pin type ${JSON.stringify(p.type)}`)
  }
  if (p.mode !== undefined && p.mode !== 'recursive' && p.mode !== 'direct') throw new Error(`unknown pin mode ${JSON.stringify(p.mode)}`)
  const maxDepth = int(p.max_depth, 'max_depth', p.mode === 'direct' ? 0 : -1)
  if (maxDepth < -1) throw new Error(`max_depth ${maxDepth} is invalid`)
  if (p.mode !== undefined && (p.mode === 'direct') !== (maxDepth === 0)) {
    throw new Error(`mode ${JSON.stringify(p.mode)} does not agree with max_depth ${maxDepth}`)
  }
  const [min, max] = replication(p, o)
  const metadata = p.metadata ?? {}
  if (typeof metadata !== 'object' || Array.isArray(metadata) || !Object.values(metadata).every(v => typeof v === 'string')) {
    throw new Error('metadata: expected an object of strings')
  }
  if (p.name !== undefined && typeof p.name !== 'string') throw new Error('name: expected a string')
  const allocations = o.allocations ?? strings(p.allocations, 'allocations').map(parsePeerId)
  const shardSize = int(p.shard_size, 'shard_size', 0)
  if (shardSize < 0) throw new Error('shard_size: must not be negative')
  return pins.encode({
    cid,
    type,
    allocations: min === -1 ? [] : [...allocations],
    max_depth: maxDepth,
    reference: p.reference == null ? Buffer.alloc(0) : parseCid(p.reference, 'reference'),
    timestamp: time(p.timestamp, 'timestamp', o.now),
    name: (p.name as string | undefined) ?? '',
    replication_factor_min: min,
    replication_factor_max: max,
    shard_size: shardSize,
    expire_at: time(p.expire_at, 'expire_at', 0),
    metadata: metadata as Record<string, string>,
    pin_update: p.pin_update == null ? Buffer.alloc(0) : parseCid(p.pin_update, 'pin_update'),
    origins: strings(p.origins, 'origins')
  })
}
