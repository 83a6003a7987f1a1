import { multiaddr, type Multiaddr } from '@multiformats/multiaddr'
import { CODE_IP4, CODE_IP6, CODE_P2P, CODE_TCP } from '@multiformats/multiaddr'
import { InvalidConfigError } from '@ipfscluster/chassis'

/**
 * `cluster.secret`: 64 hex characters (32 bytes), or "" for an unprotected
 * network (undefined). Anything else is an error: the original silently ran
 * unprotected on a malformed secret.
 */
export function parseSecret (label: string, value: unknown): Uint8Array | undefined {
  if (typeof value !== 'string') throw new InvalidConfigError(`${label}: expected a string, got ${JSON.stringify(value)}`)
  if (value === '') return undefined
  if (value.length !== 64) {
    throw new InvalidConfigError(`${label}: must be 64 hexadecimal characters (32 bytes) or empty, got ${value.length} characters`)
  }
  const bad = /[^0-9a-fA-F]/.exec(value)
  if (bad !== null) throw new InvalidConfigError(`${label}: invalid hex character "${bad[0]}" at position ${bad.index}`)
  return Uint8Array.from(Buffer.from(value, 'hex'))
}

/** One multiaddr; `/ipfs/<id>` is read as `/p2p/<id>`. */
function parseMultiaddr (label: string, value: unknown): Multiaddr {
  if (typeof value !== 'string') throw new InvalidConfigError(`${label}: expected a multiaddress string, got ${JSON.stringify(value)}`)
  try {
    return multiaddr(value.replace(/\/ipfs\//g, '/p2p/'))
  } catch (err) {
    throw new InvalidConfigError(`${label}: error parsing multiaddress "${value}": ${(err as Error).message}`)
  }
}

/** A list of peer multiaddrs, each ending in `/p2p/<id>` (`cluster.peers`, `cluster.bootstrap`). */
export function parsePeerAddrs (label: string, value: unknown): Multiaddr[] {
  if (value === undefined || value === null) return []
  if (!Array.isArray(value)) throw new InvalidConfigError(`${label}: expected a list of multiaddresses, got ${JSON.stringify(value)}`)
  return value.map((v, i) => {
    const ma = parseMultiaddr(`${label}[${i}]`, v)
    if (peerIdOf(ma) === undefined) throw new InvalidConfigError(`${label}[${i}]: missing /p2p/<peer id> in "${String(v)}"`)
    return ma
  })
}

/** `cluster.listen_multiaddress`: one address or a list, `/ip4|ip6/…/tcp/<port>` only. */
export function parseListen (label: string, value: unknown): Multiaddr[] {
  const list = Array.isArray(value) ? value : [value]
  return list.map((v, i) => {
    const itemLabel = Array.isArray(value) ? `${label}[${i}]` : label
    const ma = parseMultiaddr(itemLabel, v)
    const codes = ma.getComponents().map(c => c.code)
    if (codes.length !== 2 || (codes[0] !== CODE_IP4 && codes[0] !== CODE_IP6) || codes[1] !== CODE_TCP) {
      throw new InvalidConfigError(`${itemLabel}: only /ip4 or /ip6 …/tcp/<port> addresses are supported: "${String(v)}"`)
    }
    return ma
  })
}

/** The peer ID at the end of a multiaddr, if any. */
export function peerIdOf (ma: Multiaddr): string | undefined {
  return ma.getComponents().findLast(c => c.code === CODE_P2P)?.value
}
