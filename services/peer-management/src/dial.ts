import type { Libp2p } from '@libp2p/interface'
import { CODE_P2P, type Multiaddr } from '@multiformats/multiaddr'
import { peerIdFromString } from '@libp2p/peer-id'
import { PeerUnavailableError } from './errors.js'
import { SECRET_MISMATCH } from './pnet.js'

/** Errors libp2p raises when the other side does not speak our private network (P-L3). */
const HANDSHAKE_FAILURES = new Set(['EncryptionFailedError', 'InvalidCryptoExchangeError', 'UnexpectedEOFError'])

/**
 * Dials `ma` (with /p2p/<id>) within `timeout` ms and returns the peer ID.
 * Fails with PeerUnavailableError `cannot connect to <addr>: …`, naming a
 * likely secret mismatch when the handshake broke.
 */
export async function connectTo (node: Libp2p, ma: Multiaddr, timeout: number, signal?: AbortSignal): Promise<string> {
  const signals = [AbortSignal.timeout(timeout), ...(signal !== undefined ? [signal] : [])]
  try {
    const connection = await node.dial(ma, { signal: AbortSignal.any(signals) })
    return connection.remotePeer.toString()
  } catch (err) {
    throw new PeerUnavailableError(`cannot connect to ${ma.toString()}: ${describeDialError(err)}`)
  }
}

/** The reason of a failed dial in a line; the secret mismatch said plainly. */
export function describeDialError (err: unknown): string {
  const all = err instanceof AggregateError ? [err, ...err.errors] : [err]
  if (all.some(e => HANDSHAKE_FAILURES.has((e as Error)?.name))) return SECRET_MISMATCH
  const e = err instanceof AggregateError && err.errors.length > 0 ? err.errors[0] : err
  return e instanceof Error ? `${e.name}: ${e.message}` : String(e)
}

/** Tells libp2p where a peer can be dialled, so streams to it can reconnect by peer ID. */
export async function rememberAddresses (node: Libp2p, peer: string, addresses: Multiaddr[]): Promise<void> {
  await node.peerStore.merge(peerIdFromString(peer), { multiaddrs: addresses.map(a => a.decapsulateCode(CODE_P2P)) })
}
