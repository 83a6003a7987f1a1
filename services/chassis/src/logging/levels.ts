/** Log levels, most severe first. */
export const LEVELS = ['error', 'warn', 'info', 'debug', 'trace'] as const
export type Level = typeof LEVELS[number]

const ALIASES: Record<string, Level> = { critical: 'error', warning: 'warn', notice: 'info' }

/** Facilities that stay at `error` unless named, because they are very chatty. */
export const EXTRA_FACILITIES = ['libp2p', 'grpc-internal'] as const

/** The resolved `--loglevel`: a default for cluster facilities and per-facility overrides. */
export interface LogLevels {
  default: Level
  facilities: Record<string, Level>
}

export class LogLevelError extends Error {
  constructor (message: string) {
    super(message)
    this.name = LogLevelError.name
  }
}

export function parseLevel (value: string, facility = 'all'): Level {
  const v = value.trim().toLowerCase()
  if ((LEVELS as readonly string[]).includes(v)) return v as Level
  const alias = ALIASES[v]
  if (alias !== undefined) return alias
  throw new LogLevelError(`invalid log level "${value}" for ${facility}`)
}

/**
 * Parses both forms of `--loglevel`: one level (`debug`) or the comma list
 * `info,raft:debug,ipfshttp:debug`. `onOverwrite` hears about a facility named
 * twice (the last one wins).
 */
export function parseLogLevels (spec: string, onOverwrite: (facility: string) => void = () => {}): LogLevels {
  const out: LogLevels = { default: 'info', facilities: {} }
  const seen = new Set<string>()
  for (const item of spec.split(',').map(s => s.trim()).filter(s => s !== '')) {
    const parts = item.split(':')
    if (parts.length > 2 || (parts.length === 2 && parts[0].trim() === '')) {
      throw new LogLevelError('log level not in expected format "identifier:loglevel" or "loglevel"')
    }
    const facility = parts.length === 2 ? parts[0].trim() : '*'
    if (seen.has(facility)) onOverwrite(facility === '*' ? 'default' : facility)
    seen.add(facility)
    const level = parseLevel(parts.length === 2 ? parts[1] : parts[0], parts.length === 2 ? facility : 'all')
    if (facility === '*') out.default = level
    else out.facilities[facility] = level
  }
  return out
}

/** `--debug`: everything at debug, the extras included. */
export function debugLevels (): LogLevels {
  return { default: 'debug', facilities: Object.fromEntries(EXTRA_FACILITIES.map(f => [f, 'debug'])) }
}

/** The inverse of parseLogLevels, handed to child processes in IPFS_CLUSTER_LOG_LEVEL. */
export function formatLogLevels (levels: LogLevels): string {
  return [levels.default, ...Object.entries(levels.facilities).map(([f, l]) => `${f}:${l}`)].join(',')
}

export function levelOf (levels: LogLevels, facility: string): Level {
  return levels.facilities[facility] ?? ((EXTRA_FACILITIES as readonly string[]).includes(facility) ? 'error' : levels.default)
}

export function enabled (threshold: Level, level: Level): boolean {
  return LEVELS.indexOf(level) <= LEVELS.indexOf(threshold)
}
