import { preSharedKey } from '@libp2p/pnet'
import type { ConnectionProtector, MessageStream, StreamCloseEvent } from '@libp2p/interface'
import type { Multiaddr } from '@multiformats/multiaddr'
import { logger } from '@ipfscluster/chassis'

const log = logger('peermgr')

/** The V1 PSK file form `@libp2p/pnet` wants (it always decodes line 3 as base16). */
export function pskFile (secret: Uint8Array): Uint8Array {
  return new TextEncoder().encode(`/key/swarm/psk/1.0.0/\n/base16/\n${Buffer.from(secret).toString('hex')}`)
}

/** The message used on both sides when a connection fails inside the private-network handshake. */
export const SECRET_MISMATCH = 'handshake failed (cluster secret mismatch?)'

/**
 * The private network of `cluster.secret`. A peer with another secret gets
 * through the nonce exchange and then fails the encryption handshake, which
 * libp2p only logs at its own debug level; this protector watches inbound
 * connections so the refusal shows in our log too.
 */
export function clusterProtector (secret: Uint8Array): () => ConnectionProtector {
  const factory = preSharedKey({ psk: pskFile(secret) })
  return () => {
    const inner = factory()
    return {
      protect: async (connection, options) => {
        if (connection.direction === 'inbound') reportHandshakeFailure(connection)
        return inner.protect(connection, options)
      }
    }
  }
}

function reportHandshakeFailure (connection: MessageStream): void {
  const onClose = (evt: Event): void => {
    const err = (evt as StreamCloseEvent).error
    if (err?.name !== 'EncryptionFailedError') return
    const from = (connection as MessageStream & { remoteAddr?: Multiaddr }).remoteAddr
    log.warn(`refused connection from ${String(from)}: ${SECRET_MISMATCH}`, { err: err.message })
  }
  connection.addEventListener('close', onClose, { once: true })
}
