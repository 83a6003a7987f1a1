import { parseMultiaddr } from '@ipfscluster/chassis'

/** Where one HTTP server listens. */
export type ListenTarget = { host: string, port: number, family: 'ip4' | 'ip6' } | { path: string }

/**
 * A `listen_multiaddress` entry as node's `listen()` wants it
 * (`/ip4|/ip6/<host>/tcp/<port>` or `/unix/<path>`).
 * @throws Error for any other shape
 */
export function listenTarget (text: string): ListenTarget {
  const components = parseMultiaddr(text).getComponents()
  const [first, second] = components
  if (components.length === 1 && first.name === 'unix') return { path: decodeURIComponent(first.value ?? '') }
  if (components.length === 2 && (first.name === 'ip4' || first.name === 'ip6') && second.name === 'tcp') {
    return { host: first.value ?? '', port: Number(second.value), family: first.name }
  }
  throw new Error(`unsupported REST API listen address ${text}`)
}

/** The multiaddr of a bound listener (the real port when 0 was asked for). */
export function boundAddress (target: ListenTarget, port: number): string {
  return 'path' in target ? `/unix/${target.path.replace(/^\//, '')}` : `/${target.family}/${target.host}/tcp/${port}`
}
