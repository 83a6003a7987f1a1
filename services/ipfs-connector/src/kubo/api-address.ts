/**
 * Where the daemon's RPC API is (ipfs.md §1.1): `node_multiaddress` as an
 * HTTP base URL, or a Unix socket.
 */
import { multiaddr } from '@multiformats/multiaddr'

/** How to reach the daemon's API over HTTP. */
export interface ApiAddress {
  /** `http://H:P` / `https://[H]:P` / `http://localhost` for a Unix socket; no trailing slash. */
  origin: string
  /** Set when the API listens on a Unix socket. */
  socketPath?: string
  /** The multiaddr as configured, for messages. */
  multiaddr: string
}

/**
 * Parses `node_multiaddress`; `undefined` when it is not `/ip4|/ip6|/dns|/dns4|/dns6/…/tcp/N`
 * or `/unix/<path>` (an `/http` suffix, as js-ipfs writes in its `api` file, is accepted).
 */
export function parseApiAddress (text: string, https = false): ApiAddress | undefined {
  let parts: Array<{ name: string, value?: string }>
  try {
    parts = multiaddr(text).getComponents()
  } catch {
    return undefined
  }
  if (parts.at(-1)?.name === 'http') parts = parts.slice(0, -1)
  const scheme = https ? 'https' : 'http'
  if (parts.length === 1 && parts[0].name === 'unix') {
    return { origin: `${scheme}://localhost`, socketPath: parts[0].value, multiaddr: text }
  }
  if (parts.length !== 2 || parts[1].name !== 'tcp') return undefined
  const [host, port] = [parts[0], parts[1].value]
  switch (host.name) {
    case 'ip4': case 'dns': case 'dns4': case 'dns6':
      return { origin: `${scheme}://${host.value}:${port}`, multiaddr: text }
    case 'ip6':
      return { origin: `${scheme}://[${host.value}]:${port}`, multiaddr: text }
    default:
      return undefined
  }
}
