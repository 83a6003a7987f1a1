/** Times as Go's `time.Time` marshals them (rest-api.md §1). */

/** Go's zero time, written for unset times (stored as 0 ms). */
export const ZERO_TIME = '0001-01-01T00:00:00Z'

const pad = (n: number, width = 2): string => String(n).padStart(width, '0')

/**
 * RFC 3339 in the server's local offset (`Z` when UTC), fraction trimmed of
 * trailing zeros; 0 ms is the zero time.
 */
export function formatTime (ms: number): string {
  if (ms === 0) return ZERO_TIME
  const d = new Date(ms)
  const offsetMin = -d.getTimezoneOffset()
  const local = new Date(ms + offsetMin * 60_000)
  const frac = local.getUTCMilliseconds() === 0 ? '' : '.' + pad(local.getUTCMilliseconds(), 3).replace(/0+$/, '')
  const zone = offsetMin === 0
    ? 'Z'
    : `${offsetMin < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(offsetMin) / 60))}:${pad(Math.abs(offsetMin) % 60)}`
  return `${pad(local.getUTCFullYear(), 4)}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}` +
    `T${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}${frac}${zone}`
}

const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/

/**
 * Parses RFC 3339 with an optional fraction (Go's `time.RFC3339` layout) to
 * milliseconds.
 *
 * @throws Error with Go's wording when the text does not fit the layout
 */
export function parseTime (text: string): number {
  const m = RFC3339.exec(text)
  const ms = m === null ? NaN : Date.parse(text.toUpperCase())
  const [mon, day, h, min, s] = m === null ? [] : m.slice(2, 7).map(Number)
  if (m === null || Number.isNaN(ms) || mon < 1 || mon > 12 || day < 1 || day > 31 || h > 23 || min > 59 || s > 59) {
    throw new Error(`parsing time ${JSON.stringify(text)} as "2006-01-02T15:04:05Z07:00": cannot parse`)
  }
  return ms
}
