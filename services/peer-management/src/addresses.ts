import { peerIdFromString } from '@libp2p/peer-id'
import type { PeerId } from '@libp2p/interface'
import { CODE_IP4, CODE_IP6, CODE_P2P, multiaddr, type Multiaddr } from '@multiformats/multiaddr'
import { InvalidParametersError } from '@ipfscluster/chassis'

/** The peer ID at the end of a multiaddr, if any. */
export function peerIdOf (ma: Multiaddr): string | undefined {
  return ma.getComponents().findLast(c => c.code === CODE_P2P)?.value
}

/** A multiaddr with `/p2p/<id>` given to an RPC; InvalidParametersError otherwise. */
export function peerAddress (text: string): { ma: Multiaddr, peer: string } {
  let ma: Multiaddr
  try {
    ma = multiaddr(text.replace(/\/ipfs\//g, '/p2p/'))
  } catch (err) {
    throw new InvalidParametersError(`error parsing multiaddress "${text}": ${(err as Error).message}`)
  }
  const peer = peerIdOf(ma)
  if (peer === undefined) throw new InvalidParametersError(`missing /p2p/<peer id> in "${text}"`)
  return { ma, peer }
}

/** A peer ID given to an RPC; InvalidParametersError when it does not decode. */
export function peerIdArg (text: string): PeerId {
  try {
    return peerIdFromString(text)
  } catch (err) {
    throw new InvalidParametersError(`error decoding peer ID "${text}": ${(err as Error).message}`)
  }
}

/** The IP component of an address: its protocol code and value. */
function ipOf (ma: Multiaddr): { code: number, value: string } | undefined {
  const c = ma.getComponents()[0]
  return c !== undefined && (c.code === CODE_IP4 || c.code === CODE_IP6) ? { code: c.code, value: c.value ?? '' } : undefined
}

function isLoopback (ip: { value: string } | undefined): boolean {
  return ip?.value.startsWith('127.') === true || ip?.value === '::1'
}

/**
 * Of this peer's own addresses, the one a peer at `target` most likely
 * reaches: same IP family, loopback only for a loopback target.
 */
export function addressFacing (own: Multiaddr[], target: Multiaddr): Multiaddr | undefined {
  const want = ipOf(target)
  const fits = (ma: Multiaddr): boolean => ipOf(ma)?.code === want?.code && isLoopback(ipOf(ma)) === isLoopback(want)
  return own.find(fits) ?? own.find(ma => ipOf(ma)?.code === want?.code) ?? own[0]
}

/**
 * The dialable address of a peer seen on a connection from `remote`: among
 * the listen addresses it announced (identify), one on the same IP, since
 * the connection's own port is an outgoing one when the peer dialled us.
 */
export function addressSeenAt (remote: Multiaddr, announced: Multiaddr[]): Multiaddr {
  const ip = ipOf(remote)?.value
  return announced.find(ma => ipOf(ma)?.value === ip) ?? remote.decapsulateCode(CODE_P2P)
}
