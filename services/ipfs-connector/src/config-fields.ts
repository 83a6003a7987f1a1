/**
 * A small reader for one `service.json` section described as a table of
 * fields (config.md §2, §5): JSON types, Go durations, multiaddrs, the
 * `CLUSTER_<PREFIX>_<KEY>` environment overrides, and errors that start with
 * the key path. To be replaced by the shared config library of the chassis.
 */
import { multiaddr } from '@multiformats/multiaddr'
import { InvalidConfigError, type Logger } from '@ipfscluster/chassis'
import { parseDuration } from './duration.js'

/** How a field's JSON value is read. Durations become milliseconds. */
export type FieldType = 'bool' | 'duration' | 'int' | 'string' | 'strings' | 'multiaddr' | 'multiaddrs'

/** One key of a section: its JSON name, type, default and validation. */
export interface Field {
  key: string
  type: FieldType
  default: unknown
  /** Returns the problem text, or undefined when the value is fine. */
  check?: (value: any) => string | undefined
}

/** `> 0` for durations and counts. */
export const positive = (v: number): string | undefined => v > 0 ? undefined : 'must be greater than 0'
/** `≥ 0`. */
export const notNegative = (v: number): string | undefined => v >= 0 ? undefined : 'must not be negative'

function fromJson (type: FieldType, value: unknown): unknown | Problem {
  const got = JSON.stringify(value)
  switch (type) {
    case 'bool': return typeof value === 'boolean' ? value : new Problem(`expected a boolean, got ${got}`)
    case 'int': return Number.isInteger(value) ? value : new Problem(`expected an integer, got ${got}`)
    case 'string': return typeof value === 'string' ? value : new Problem(`expected a string, got ${got}`)
    case 'duration': {
      if (typeof value !== 'string') return new Problem(`expected a duration string like "30s", got ${got}`)
      return parseDuration(value) ?? new Problem(`invalid duration ${got}`)
    }
    case 'strings':
      return Array.isArray(value) && value.every(v => typeof v === 'string') ? value : new Problem(`expected a list of strings, got ${got}`)
    case 'multiaddr':
      return typeof value === 'string' ? parseAddr(value) : new Problem(`expected a multiaddress string, got ${got}`)
    case 'multiaddrs': {
      const list = typeof value === 'string' ? [value] : value
      if (!Array.isArray(list) || !list.every(v => typeof v === 'string')) return new Problem(`expected a multiaddress or a list of them, got ${got}`)
      for (const a of list) {
        const parsed = parseAddr(a)
        if (parsed instanceof Problem) return parsed
      }
      return list
    }
  }
}

function parseAddr (text: string): string | Problem {
  try {
    return multiaddr(text).toString()
  } catch (err) {
    return new Problem(`error parsing multiaddress ${JSON.stringify(text)}: ${(err as Error).message}`)
  }
}

function fromEnv (type: FieldType, text: string): unknown | Problem {
  switch (type) {
    case 'bool': {
      const v = text.toLowerCase()
      if (['true', '1', 't'].includes(v)) return true
      if (['false', '0', 'f'].includes(v)) return false
      return new Problem(`expected a boolean, got ${JSON.stringify(text)}`)
    }
    case 'int': return /^-?\d+$/.test(text) ? Number(text) : new Problem(`expected an integer, got ${JSON.stringify(text)}`)
    case 'strings':
    case 'multiaddrs': return fromJson(type, text === '' ? [] : text.split(',').map(s => s.trim()))
    default: return fromJson(type, text)
  }
}

/** The env variable of a key: prefix + key upper-cased without underscores. */
export function envName (prefix: string, key: string): string {
  return prefix + key.replaceAll('_', '').toUpperCase()
}

/**
 * Reads one section. Missing or `null` keys take their default; unknown keys
 * are logged and ignored; env variables (`<envPrefix><KEY>`) win over the file.
 *
 * @throws InvalidConfigError whose message starts with `<path>.<key>` (or the variable name).
 */
export function readSection (path: string, raw: unknown, fields: Field[], env: NodeJS.ProcessEnv, envPrefix: string, log: Logger): Record<string, unknown> {
  if (raw !== undefined && raw !== null && (typeof raw !== 'object' || Array.isArray(raw))) {
    throw new InvalidConfigError(`${path}: expected an object, got ${JSON.stringify(raw)}`)
  }
  const section = (raw ?? {}) as Record<string, unknown>
  const known = new Set(fields.map(f => f.key))
  for (const key of Object.keys(section)) {
    if (!known.has(key)) log.warn(`unknown configuration key ${path}.${key} ignored`)
  }
  const out: Record<string, unknown> = {}
  for (const field of fields) {
    const name = envName(envPrefix, field.key)
    const where = env[name] !== undefined ? `${name} (${path}.${field.key})` : `${path}.${field.key}`
    let value = field.default
    if (env[name] !== undefined) value = fromEnv(field.type, env[name])
    else if (section[field.key] !== undefined && section[field.key] !== null) value = fromJson(field.type, section[field.key])
    if (value instanceof Problem) throw new InvalidConfigError(`${where}: ${value.text}`)
    const problem = field.check?.(value)
    if (problem !== undefined) throw new InvalidConfigError(`${where}: ${problem}`)
    out[field.key] = value
  }
  return out
}

class Problem {
  constructor (readonly text: string) {}
}
