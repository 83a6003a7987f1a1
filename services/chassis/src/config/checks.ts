/**
 * Single-value rules of the section tables: each returns the problem text
 * (after `<section>.<key>: `) or `undefined` when the value is fine.
 */
import { formatDuration } from './duration.js'
import { isHostTcp, isUnix, parseMultiaddr } from './multiaddr.js'

/** A rule on one value. */
export type Check<T> = (value: T) => string | undefined

/** > 0 (durations and counts). */
export const positive: Check<number> = v => v > 0 ? undefined : 'must be greater than 0'

/** ≥ 0. */
export const notNegative: Check<number> = v => v >= 0 ? undefined : 'must not be negative'

/** ≥ `min`, with the message config.md uses for header limits when given. */
export const atLeast = (min: number, message = `must be at least ${min}`): Check<number> =>
  v => v >= min ? undefined : message

/** A duration ≥ `minMs`, e.g. hashicorp/raft's 5 ms floor. */
export const durationAtLeast = (minMs: number): Check<number> =>
  v => v >= minMs ? undefined : `must be at least ${formatDuration(minMs)}`

/** `min` ≤ value ≤ `max`. */
export const between = (min: number, max: number): Check<number> =>
  v => v >= min && v <= max ? undefined : `must be between ${min} and ${max}`

/** A non-empty string. */
export const notEmpty: Check<string> = v => v !== '' ? undefined : 'must not be empty'

/** Every address is `/ip4|/ip6/…/tcp/<port>` (the libp2p host listens on TCP only). */
export const tcpListeners: Check<string[]> = list => {
  const bad = list.find(a => !isHostTcp(parseMultiaddr(a), ['ip4', 'ip6']))
  return bad === undefined ? undefined : `only /ip4 or /ip6 …/tcp/<port> addresses are supported: ${JSON.stringify(bad)}`
}

/** Every address is `/ip4|/ip6/…/tcp/<port>` or `/unix/<path>` (HTTP servers). */
export const httpListeners: Check<string[]> = list => {
  const bad = list.find(a => { const m = parseMultiaddr(a); return !isHostTcp(m, ['ip4', 'ip6']) && !isUnix(m) })
  return bad === undefined ? undefined : `unsupported HTTP listen address ${JSON.stringify(bad)} (/ip4 or /ip6 …/tcp/<port>, or /unix/<path>)`
}

/** The IPFS daemon's RPC API address. */
export const ipfsApiAddress: Check<string> = a => {
  const m = parseMultiaddr(a)
  return isHostTcp(m, ['ip4', 'ip6', 'dns', 'dns4', 'dns6']) || isUnix(m) ? undefined : `unsupported IPFS API address ${JSON.stringify(a)}`
}

/** A TCP endpoint (`/ip4|/ip6|/dns…/tcp/<port>`). */
export const tcpEndpoint: Check<string> = a =>
  isHostTcp(parseMultiaddr(a), ['ip4', 'ip6', 'dns', 'dns4', 'dns6']) ? undefined : `must be an /ip4, /ip6 or /dns…/tcp/<port> address, got ${JSON.stringify(a)}`

/** An http:// or https:// URL. */
export const httpUrl: Check<string> = u => {
  try {
    if (['http:', 'https:'].includes(new URL(u).protocol)) return undefined
  } catch { /* not a URL at all: same answer */ }
  return `must be an http(s) URL, got ${JSON.stringify(u)}`
}

/** An absolute URL path. */
export const urlPath: Check<string> = p => p.startsWith('/') ? undefined : `must start with "/", got ${JSON.stringify(p)}`
