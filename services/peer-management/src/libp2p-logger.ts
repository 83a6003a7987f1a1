import type { ComponentLogger, Logger as Libp2pLogger } from '@libp2p/interface'
import { logger, type Logger } from '@ipfscluster/chassis'

/**
 * libp2p's logging routed into the chassis `libp2p` facility (default level
 * `error`, so silent unless asked for). libp2p's own `.error` lines are
 * mostly failures we handle and report ourselves (a failed dial, a reset
 * stream), so they come out as WARN, not ERROR.
 */
export function libp2pLogger (log: Logger = logger('libp2p')): ComponentLogger {
  const make = (component: string): Libp2pLogger => {
    const emit = (level: 'debug' | 'warn' | 'trace') => (formatter: unknown, ...args: unknown[]): void => {
      if (log.enabled(level)) log[level](render(formatter, args), { component })
    }
    return Object.assign(emit('debug'), {
      error: emit('warn'),
      trace: emit('trace'),
      enabled: log.enabled('debug'),
      newScope: (name: string) => make(`${component}:${name}`)
    })
  }
  return { forComponent: make }
}

/** printf-style rendering of libp2p's format strings (`%s`, `%p` peer, `%a` address, `%e` error, …). */
function render (formatter: unknown, args: unknown[]): string {
  if (typeof formatter !== 'string') return [formatter, ...args].map(show).join(' ')
  let i = 0
  const text = formatter.replace(/%([a-zA-Z%])/g, (all, code: string) => {
    if (code === '%') return '%'
    return i < args.length ? show(args[i++]) : all
  })
  return [text, ...args.slice(i).map(show)].join(' ')
}

function show (value: unknown): string {
  if (value instanceof Error) return `${value.name}: ${value.message}`
  if (value instanceof Uint8Array) return Buffer.from(value).toString('base64')
  if (typeof value === 'object' && value !== null && !('toString' in value && value.toString !== Object.prototype.toString)) {
    try {
      return JSON.stringify(value)
    } catch {
      return String(value)
    }
  }
  return String(value)
}
