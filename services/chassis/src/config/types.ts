/**
 * The value types of config.md §2 ("Types used below"): how each is read from
 * JSON, from a `CLUSTER_*` variable (§5 "value type" table), and written back.
 * Readers throw {@link Problem}; the section prefixes the key path.
 */
import { formatDuration, parseDuration } from './duration.js'
import { canonicalPeerId, parseMultiaddr, peerAddress } from './multiaddr.js'
import { Problem, shown } from './problem.js'

/** One value type of the configuration. */
export interface ValueType<T> {
  /** Reads a JSON value (never `undefined`; `null` only where {@link ValueType.acceptsNull}). */
  read: (value: unknown) => T
  /** Reads the text of an environment variable. */
  fromEnv: (text: string) => T
  /** The JSON form written by `init`. */
  write: (value: T) => unknown
  /** `null` is a value of this type rather than "missing" (`basic_auth_credentials`). */
  acceptsNull?: boolean
}

const expected = (what: string, value: unknown): Problem => new Problem(`expected ${what}, got ${shown(value)}`)

/** A JSON string, kept as written. */
export const string: ValueType<string> = {
  read: v => { if (typeof v !== 'string') throw expected('a string', v); return v },
  fromEnv: t => t,
  write: v => v
}

/** `true`/`false`; env also `1`/`0`/`t`/`f`, any case. */
export const bool: ValueType<boolean> = {
  read: v => { if (typeof v !== 'boolean') throw expected('a boolean', v); return v },
  fromEnv: t => {
    const l = t.toLowerCase()
    if (['true', '1', 't'].includes(l)) return true
    if (['false', '0', 'f'].includes(l)) return false
    throw expected('a boolean', t)
  },
  write: v => v
}

/** A whole number. */
export const int: ValueType<number> = {
  read: v => { if (typeof v !== 'number' || !Number.isSafeInteger(v)) throw expected('an integer', v); return v },
  fromEnv: t => { if (!/^[+-]?\d+$/.test(t)) throw expected('an integer', t); return int.read(Number(t)) },
  write: v => v
}

/** Any finite number. */
export const number: ValueType<number> = {
  read: v => { if (typeof v !== 'number' || !Number.isFinite(v)) throw expected('a number', v); return v },
  fromEnv: t => { const n = Number(t); if (t.trim() === '' || !Number.isFinite(n)) throw expected('a number', t); return n },
  write: v => v
}

/** A Go duration string in JSON and env; milliseconds in memory. */
export const duration: ValueType<number> = {
  read: v => {
    if (typeof v !== 'string') throw expected('a duration string like "30s"', v)
    return duration.fromEnv(v)
  },
  fromEnv: t => {
    const ms = parseDuration(t)
    if (ms === undefined) throw new Problem(`invalid duration ${JSON.stringify(t)}`)
    return ms
  },
  write: v => formatDuration(v)
}

/** A multiaddress, normalized (`/ipfs/` → `/p2p/`, see parseMultiaddr). */
export const multiaddr: ValueType<string> = {
  read: v => multiaddr.fromEnv(string.read(v)),
  fromEnv: t => parseMultiaddr(t).toString(),
  write: v => v
}

/** A peer ID, in canonical base58 form. */
export const peerId: ValueType<string> = {
  read: v => canonicalPeerId(string.read(v)),
  fromEnv: t => canonicalPeerId(t),
  write: v => v
}

/** A multiaddress ending in `/p2p/<peer id>`. */
export const peerMultiaddr: ValueType<string> = {
  read: v => peerAddress(string.read(v)),
  fromEnv: t => peerAddress(t),
  write: v => v
}

/** Splits a comma-separated env list; items trimmed, empty text = no items. */
const envItems = (text: string): string[] => text.trim() === '' ? [] : text.split(',').map(s => s.trim())

/** Reads each item with its index in the problem's place (`[2]: …`). */
function items<T> (list: readonly unknown[], read: (v: unknown) => T): T[] {
  return list.map((v, i) => {
    try {
      return read(v)
    } catch (err) {
      throw err instanceof Problem ? err.within(`[${i}]`) : err
    }
  })
}

/** A JSON array of `item`; env: comma-separated. */
export function listOf<T> (item: ValueType<T>): ValueType<T[]> {
  return {
    read: v => { if (!Array.isArray(v)) throw expected('a list', v); return items(v, item.read) },
    fromEnv: t => items(envItems(t), s => item.fromEnv(s as string)),
    write: v => v.map(item.write)
  }
}

/** One multiaddress or a list of them (config.md "multiaddr-or-list"); one item is written as a plain string. */
export const multiaddrs: ValueType<string[]> = {
  read: v => typeof v === 'string' ? [multiaddr.read(v)] : listOf(multiaddr).read(v),
  fromEnv: listOf(multiaddr).fromEnv,
  write: v => v.length === 1 ? v[0] : v
}

/** Reads an object's entries, each value with its key in the problem's place (`.alice: …`). */
function entries<T> (obj: unknown, read: (v: unknown) => T): Record<string, T> {
  if (typeof obj !== 'object' || obj === null || Array.isArray(obj)) throw expected('an object', obj)
  const out: Record<string, T> = {}
  for (const [k, v] of Object.entries(obj)) {
    try {
      Object.defineProperty(out, k, { value: read(v), enumerable: true, writable: true, configurable: true })
    } catch (err) {
      throw err instanceof Problem ? err.within(`.${k}`) : err
    }
  }
  return out
}

/** Env form of an object: `k:v,k2:v2` (split at each item's first colon). */
function envEntries (text: string): Array<[string, string]> {
  return envItems(text).map(item => {
    const colon = item.indexOf(':')
    if (colon < 0) throw new Problem(`expected "name:value" items, got ${JSON.stringify(item)}`)
    return [item.slice(0, colon), item.slice(colon + 1)]
  })
}

/** An object of strings, or `null` (`basic_auth_credentials`); env `user:pass,…`, empty = `null`. */
export const credentials: ValueType<Record<string, string> | null> = {
  read: v => v === null ? null : entries(v, string.read),
  fromEnv: t => t.trim() === '' ? null : Object.fromEntries(envEntries(t)),
  write: v => v,
  acceptsNull: true
}

/** An object of string lists (`headers`); env `Name:value,…`, one value per name. */
export const headerMap: ValueType<Record<string, string[]>> = {
  read: v => entries(v, listOf(string).read),
  fromEnv: t => Object.fromEntries(envEntries(t).map(([k, v]) => [k, [v]])),
  write: v => v
}

/** One of a fixed set of strings: `invalid value "<v>" (a or b)` otherwise. */
export function choice<T extends string> (...allowed: T[]): ValueType<T> {
  const check = (v: string): T => {
    if (!(allowed as string[]).includes(v)) throw new Problem(`invalid value ${JSON.stringify(v)} (${allowed.join(' or ')})`)
    return v as T
  }
  return { read: v => check(string.read(v)), fromEnv: check, write: v => v }
}

/** Size units of Kubo's `Datastore.StorageMax`, largest first (the writer picks the first that divides exactly). */
const SIZE_UNITS: Array<[string, number]> = [
  ['TB', 1e12], ['GB', 1e9], ['MB', 1e6], ['kB', 1e3], ['TiB', 1024 ** 4], ['GiB', 1024 ** 3], ['MiB', 1024 ** 2], ['KiB', 1024], ['B', 1]
]

/** A size in Kubo's syntax (`"10GB"`, `"500MiB"`, `"1024"`; units in any case) or a number of bytes; bytes in memory. */
export const byteSize: ValueType<number> = {
  read: v => typeof v === 'number' ? int.read(v) : byteSize.fromEnv(string.read(v)),
  fromEnv: t => {
    const m = /^\s*(\d+)\s*([a-z]*)\s*$/i.exec(t)
    const unit = m === null ? undefined : m[2] === '' ? 1 : SIZE_UNITS.find(([name]) => name.toLowerCase() === m[2].toLowerCase())?.[1]
    const bytes = m === null || unit === undefined ? NaN : Number(m[1]) * unit
    if (!Number.isSafeInteger(bytes)) throw new Problem(`invalid size ${JSON.stringify(t)} (e.g. "10GB", "500MiB")`)
    return bytes
  },
  write: v => {
    const [name, size] = SIZE_UNITS.find(([, size]) => v >= size && v % size === 0) ?? ['B', 1]
    return `${v / size}${name}`
  }
}
