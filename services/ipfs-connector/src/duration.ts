/**
 * Go durations (`time.ParseDuration` in, `Duration.String()` out), the form
 * every timeout takes in `service.json`. In memory: milliseconds.
 */

const UNIT_MS: Record<string, number> = { ns: 1e-6, us: 1e-3, 'µs': 1e-3, 'μs': 1e-3, ms: 1, s: 1000, m: 60_000, h: 3_600_000 }
const TERM = /(\d+\.?\d*|\.\d+)(ns|us|µs|μs|ms|s|m|h)/y

/** Milliseconds of a Go duration string, or `undefined` when Go would reject it. */
export function parseDuration (text: string): number | undefined {
  let s = text
  let sign = 1
  if (s.startsWith('-') || s.startsWith('+')) {
    sign = s.startsWith('-') ? -1 : 1
    s = s.slice(1)
  }
  if (s === '0') return 0
  if (s === '') return undefined
  let total = 0
  TERM.lastIndex = 0
  while (TERM.lastIndex < s.length) {
    const m = TERM.exec(s)
    if (m === null) return undefined
    total += Number(m[1]) * UNIT_MS[m[2]]
  }
  return sign * total
}

/** Go's `Duration.String()` of a millisecond count: `2m0s`, `500ms`, `1h0m0s`, `1.5s`, `0s`. */
export function formatDuration (ms: number): string {
  if (ms === 0) return '0s'
  if (ms < 0) return '-' + formatDuration(-ms)
  if (ms < 1000) return `${trim(ms)}ms`
  const h = Math.floor(ms / 3_600_000)
  const m = Math.floor((ms % 3_600_000) / 60_000)
  const s = `${trim((ms % 60_000) / 1000)}s`
  if (h > 0) return `${h}h${m}m${s}`
  if (m > 0) return `${m}m${s}`
  return s
}

function trim (n: number): string {
  return String(Number(n.toFixed(9)))
}
