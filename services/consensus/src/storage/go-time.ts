/**
 * Times as the original's JSON writes them (Go `time.Time`, RFC 3339 in UTC
 * with trailing zeros of the fraction dropped); Unix ms 0 is Go's zero time.
 */

export const ZERO_TIME = '0001-01-01T00:00:00Z'

/** RFC 3339 text of Unix ms; 0 → the zero time. */
export function formatGoTime (ms: number): string {
  if (ms === 0) return ZERO_TIME
  return new Date(ms).toISOString().replace(/\.?0*Z$/, 'Z')
}

/** Unix ms of an RFC 3339 text; the zero time → 0. @throws Error when it does not parse */
export function parseGoTime (text: string): number {
  const ms = Date.parse(text)
  if (!/^\d{4}-\d\d-\d\dT/.test(text) || Number.isNaN(ms)) throw new Error(`parsing time ${JSON.stringify(text)}: not RFC 3339`)
  return ms === Date.parse(ZERO_TIME) ? 0 : ms
}
