import { multiaddr, type Component, type Multiaddr } from '@multiformats/multiaddr'
import { peerIdFromString } from '@libp2p/peer-id'
import { Problem } from './problem.js'

const UNIX = '/unix/'

/**
 * Parses a multiaddress as written in `service.json`.
 *
 * `/ipfs/<id>` is read as `/p2p/<id>`. A `/unix/` path is read the Go way:
 * everything after `/unix` is the path (`/unix/tmp/api.sock` is
 * `/tmp/api.sock`); multiaddr v13 wants that path URL-encoded in one
 * component, so it is re-encoded. An already encoded form
 * (`/unix/%2Ftmp%2Fapi.sock`) is accepted as is.
 *
 * @throws Problem `error parsing multiaddress "<s>": <detail>`
 */
export function parseMultiaddr (text: string): Multiaddr {
  try {
    const at = text.indexOf(UNIX)
    if (at >= 0 && !text.includes('%2F', at) && !text.includes('%2f', at)) {
      const path = text.slice(at + UNIX.length - 1)
      return multiaddr(text.slice(0, at) + UNIX + encodeURIComponent(path))
    }
    return multiaddr(text)
  } catch (err) {
    throw new Problem(`error parsing multiaddress ${JSON.stringify(text)}: ${(err as Error).message}`)
  }
}

/** Component names in order (`['ip4', 'tcp', 'p2p']`). */
export function protocolNames (addr: Multiaddr): string[] {
  return addr.getComponents().map((c: Component) => c.name)
}

/** True when the address is exactly one of the given host protocols followed by `/tcp/<port>`. */
export function isHostTcp (addr: Multiaddr, hosts: readonly string[]): boolean {
  const names = protocolNames(addr)
  return names.length === 2 && hosts.includes(names[0]) && names[1] === 'tcp'
}

/** True for a lone `/unix/<path>` address. */
export function isUnix (addr: Multiaddr): boolean {
  const names = protocolNames(addr)
  return names.length === 1 && names[0] === 'unix'
}

/**
 * Decodes a peer ID (base58 `Qm…`/`12D3KooW…` or CIDv1) to its canonical
 * base58 string.
 *
 * @throws Problem `error decoding peer ID "<s>": <detail>`
 */
export function canonicalPeerId (text: string): string {
  try {
    return peerIdFromString(text).toString()
  } catch (err) {
    throw new Problem(`error decoding peer ID ${JSON.stringify(text)}: ${(err as Error).message}`)
  }
}

/**
 * Checks that a peer address ends in `/p2p/<peer id>` with a valid ID, and
 * returns it with the ID in canonical form.
 *
 * @throws Problem `missing /p2p/<peer id> in "<addr>"` or a peer ID problem
 */
export function peerAddress (text: string): string {
  const addr = parseMultiaddr(text)
  const last = addr.getComponents().at(-1)
  if (last?.name !== 'p2p' || last.value === undefined) throw new Problem(`missing /p2p/<peer id> in ${JSON.stringify(text)}`)
  const id = canonicalPeerId(last.value)
  return id === last.value ? addr.toString() : addr.decapsulateCode(last.code).toString() + '/p2p/' + id
}
