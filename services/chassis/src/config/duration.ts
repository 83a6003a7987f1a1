/**
 * Go durations: `time.ParseDuration` syntax in, `Duration.String()` out.
 *
 * A port of Go's algorithm (src/time/format.go) on nanosecond BigInts, so
 * files written by the original read the same here, including its rounding of
 * fractions of large units (`0.3333333333333333333h` is exactly `20m0s`) and
 * its int64 range. In memory the project keeps milliseconds (a number, may
 * have a fraction for sub-millisecond values).
 */

const NS_PER_MS = 1_000_000n
const MAX_INT64 = (1n << 63n) - 1n
const UNITS: Record<string, bigint> = {
  ns: 1n,
  us: 1_000n,
  'µs': 1_000n, // U+00B5 micro sign
  'μs': 1_000n, // U+03BC Greek mu
  ms: NS_PER_MS,
  s: 1_000_000_000n,
  m: 60_000_000_000n,
  h: 3_600_000_000_000n
}

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9'

/** Parses a Go duration to nanoseconds; `undefined` if Go would reject it. */
export function parseDurationNs (text: string): bigint | undefined {
  let s = text
  let neg = false
  if (s[0] === '-' || s[0] === '+') {
    neg = s[0] === '-'
    s = s.slice(1)
  }
  if (s === '0') return 0n
  if (s === '') return undefined
  let total = 0n
  while (s !== '') {
    if (!(s[0] === '.' || isDigit(s[0]))) return undefined
    // integer part: Go rejects it as soon as it passes 2^63
    let i = 0
    let v = 0n
    for (; isDigit(s[i]); i++) {
      v = v * 10n + BigInt(s[i])
      if (v > 1n << 63n) return undefined
    }
    const pre = i > 0
    s = s.slice(i)
    // fraction: digits that would overflow are read but ignored (Go's leadingFraction)
    let f = 0n
    let scale = 1
    let post = false
    if (s[0] === '.') {
      s = s.slice(1)
      let overflow = false
      for (i = 0; isDigit(s[i]); i++) {
        if (overflow) continue
        if (f > MAX_INT64 / 10n) { overflow = true; continue }
        const y = f * 10n + BigInt(s[i])
        if (y > 1n << 63n) { overflow = true; continue }
        f = y
        scale *= 10
      }
      post = i > 0
      s = s.slice(i)
    }
    if (!pre && !post) return undefined
    for (i = 0; i < s.length && s[i] !== '.' && !isDigit(s[i]); i++);
    const unit = UNITS[s.slice(0, i)]
    if (unit === undefined) return undefined // also "missing unit"
    s = s.slice(i)
    if (v > (1n << 63n) / unit) return undefined
    v *= unit
    if (f > 0n) {
      // Go uses float64 here ("to be nanosecond accurate for fractions of hours"); so do we, to match it
      v += BigInt(Math.trunc(Number(f) * (Number(unit) / scale)))
      if (v > 1n << 63n) return undefined
    }
    total += v
    if (total > 1n << 63n) return undefined
  }
  if (neg) return -total
  return total > MAX_INT64 ? undefined : total
}

/** Formats nanoseconds as Go's `Duration.String()`: `1h0m0s`, `2m10s`, `1.5s`, `500ms`, `1.1µs`, `0s`. */
export function formatDurationNs (ns: bigint): string {
  const neg = ns < 0n
  let u = neg ? -ns : ns
  let out: string
  if (u < 1_000_000_000n) {
    if (u === 0n) return '0s'
    const [unit, prec] = u < 1_000n ? ['ns', 0] : u < NS_PER_MS ? ['µs', 3] : ['ms', 6]
    out = fraction(u, prec) + unit
  } else {
    out = fraction(u % 60_000_000_000n, 9) + 's'
    u /= 60_000_000_000n // whole minutes
    if (u > 0n) {
      out = `${u % 60n}m${out}`
      u /= 60n // whole hours
      if (u > 0n) out = `${u}h${out}`
    }
  }
  return neg ? '-' + out : out
}

/** `v / 10^prec` with the fraction's trailing zeros (and a bare point) dropped. */
function fraction (v: bigint, prec: number): string {
  const div = 10n ** BigInt(prec)
  const frac = prec === 0 ? '' : (v % div).toString().padStart(prec, '0').replace(/0+$/, '')
  return (v / div).toString() + (frac === '' ? '' : '.' + frac)
}

/** Parses a Go duration to milliseconds; `undefined` if invalid. */
export function parseDuration (text: string): number | undefined {
  const ns = parseDurationNs(text)
  return ns === undefined ? undefined : nsToMs(ns)
}

/** Formats milliseconds as Go's `Duration.String()` (`60000` → `1m0s`). */
export function formatDuration (ms: number): string {
  return formatDurationNs(BigInt(Math.round(ms * 1e6)))
}

function nsToMs (ns: bigint): number {
  // whole milliseconds exactly, then the sub-millisecond rest as a fraction
  return Number(ns / NS_PER_MS) + Number(ns % NS_PER_MS) / 1e6
}
