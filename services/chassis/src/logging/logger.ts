import { enabled, levelOf, type Level, type LogLevels } from './levels.js'

export type LogFormat = 'text' | 'json'
export type LogFields = Record<string, unknown>

/** A logger bound to one facility (`cluster`, `raft`, `ipfshttp`, …). */
export interface Logger {
  readonly facility: string
  error: (msg: string, fields?: LogFields) => void
  warn: (msg: string, fields?: LogFields) => void
  info: (msg: string, fields?: LogFields) => void
  debug: (msg: string, fields?: LogFields) => void
  trace: (msg: string, fields?: LogFields) => void
  enabled: (level: Level) => boolean
}

export interface LoggingSettings {
  levels: LogLevels
  format: LogFormat
  /** Fields added to every line, e.g. the service name. */
  base?: LogFields
  write?: (line: string) => void
}

let settings: LoggingSettings = { levels: { default: 'info', facilities: {} }, format: 'text' }

/** Replaces the process-wide logging settings; existing loggers follow. */
export function configureLogging (next: LoggingSettings): void {
  settings = next
}

export function loggingSettings (): LoggingSettings {
  return settings
}

function render (value: unknown): string {
  if (value instanceof Error) return JSON.stringify(value.message)
  if (typeof value === 'string') return /[\s"=]/.test(value) || value === '' ? JSON.stringify(value) : value
  return JSON.stringify(value) ?? String(value)
}

function emit (facility: string, level: Level, msg: string, fields: LogFields = {}): void {
  const ts = new Date().toISOString()
  const all = { ...settings.base, ...fields }
  const line = settings.format === 'json'
    ? JSON.stringify({ ts, level, facility, msg, ...Object.fromEntries(Object.entries(all).map(([k, v]) => [k, v instanceof Error ? v.message : v])) })
    : [ts, level.toUpperCase().padEnd(5), facility, msg, ...Object.entries(all).map(([k, v]) => `${k}=${render(v)}`)].join(' ')
  ;(settings.write ?? ((l: string) => process.stderr.write(l + '\n')))(line)
}

/** The logger of a facility; levels are looked up on every call so `configureLogging` applies at once. */
export function logger (facility: string): Logger {
  const at = (level: Level) => (msg: string, fields?: LogFields): void => {
    if (enabled(levelOf(settings.levels, facility), level)) emit(facility, level, msg, fields)
  }
  return {
    facility,
    error: at('error'),
    warn: at('warn'),
    info: at('info'),
    debug: at('debug'),
    trace: at('trace'),
    enabled: level => enabled(levelOf(settings.levels, facility), level)
  }
}
