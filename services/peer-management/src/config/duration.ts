import { InvalidConfigError } from '@ipfscluster/chassis'

const UNIT_MS: Record<string, number> = { ns: 1e-6, us: 1e-3, µs: 1e-3, μs: 1e-3, ms: 1, s: 1000, m: 60_000, h: 3_600_000 }

/**
 * Parses a Go `time.ParseDuration` string (`"1m30s"`, `"500ms"`, `"1.5s"`,
 * `"0"`) into milliseconds. Errors name `key`, as every config error must.
 */
export function parseDuration (key: string, value: unknown): number {
  if (typeof value !== 'string') {
    throw new InvalidConfigError(`${key}: expected a duration string like "30s", got ${JSON.stringify(value)}`)
  }
  if (value === '0') return 0
  const part = /(\d+(?:\.\d*)?|\.\d+)(ns|us|µs|μs|ms|s|m|h)/gy
  let total = 0
  let matched = 0
  for (let m = part.exec(value); m !== null; m = part.exec(value)) {
    total += Number(m[1]) * (UNIT_MS[m[2] as string] as number)
    matched = part.lastIndex
  }
  if (matched === 0 || matched !== value.length) throw new InvalidConfigError(`${key}: invalid duration "${value}"`)
  return total
}

/** Like {@link parseDuration}, and the value must be greater than zero. */
export function positiveDuration (key: string, value: unknown): number {
  const ms = parseDuration(key, value)
  if (ms <= 0) throw new InvalidConfigError(`${key}: must be greater than 0`)
  return ms
}
