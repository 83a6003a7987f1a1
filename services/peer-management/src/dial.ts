import type { Libp2p } from '@libp2p/interface'
import { CODE_P2P, type Multiaddr } from '@multiformats/multiaddr'
import { peerIdFromString } from '@libp2p/peer-id'
import { PeerUnavailableError } from './errors.js'
import { SECRET_MISMATCH, type SecretHandshakes } from './pnet.js'

/**
 * Dials other peers with a bounded time, and words failures so that a
 * cluster secret mismatch is named as such.
 */
export class Dialer {
  /**
   * @param handshakes - the watch of the private network; undefined on an unprotected one
   * @param timeout - bound of one dial, ms
   */
  constructor (private readonly node: Libp2p, private readonly handshakes: SecretHandshakes | undefined, readonly timeout: number) {}

  /**
   * Dials `ma` (with /p2p/<id>) and returns the peer ID.
   *
   * @throws PeerUnavailableError `cannot connect to <addr>: …`
   */
  async connect (ma: Multiaddr, signal?: AbortSignal): Promise<string> {
    // A dial already under way (the keeper's) may be the one this call joins.
    const since = Date.now() - this.timeout
    try {
      const connection = await this.node.dial(ma, { signal: AbortSignal.any([AbortSignal.timeout(this.timeout), ...(signal !== undefined ? [signal] : [])]) })
      return connection.remotePeer.toString()
    } catch (err) {
      const handshake = (err as Error).name === 'EncryptionFailedError' || this.handshakes?.reachedHandshake(ma, since) === true
      const why = this.handshakes !== undefined && handshake ? SECRET_MISMATCH : describe(err)
      throw new PeerUnavailableError(`cannot connect to ${ma.toString()}: ${why}`)
    }
  }
}

/** The reason of a failed dial or stream opening, in one line. */
export function describe (err: unknown): string {
  const e = err instanceof AggregateError && err.errors.length > 0 ? err.errors[0] : err
  return e instanceof Error ? `${e.name}: ${e.message}` : String(e)
}

/** Tells libp2p where a peer can be dialled, so streams to it can reconnect by peer ID. */
export async function rememberAddresses (node: Libp2p, peer: string, addresses: Multiaddr[]): Promise<void> {
  await node.peerStore.merge(peerIdFromString(peer), { multiaddrs: addresses.map(a => a.decapsulateCode(CODE_P2P)) })
}
