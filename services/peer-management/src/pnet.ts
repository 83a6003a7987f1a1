import { preSharedKey } from '@libp2p/pnet'
import type { ConnectionGater, ConnectionProtector, MultiaddrConnection } from '@libp2p/interface'
import { CODE_P2P, type Multiaddr } from '@multiformats/multiaddr'
import { logger, pskFile } from '@ipfscluster/chassis'
import { withinCipherMemory } from './pnet-cipher-memory.js'

const log = logger('peermgr')

/** What both sides say when a connection fails inside the private-network handshake. */
export const SECRET_MISMATCH = 'handshake failed (cluster secret mismatch?)'

/**
 * The private network of `cluster.secret`, watched. A peer with another
 * secret gets through TCP and the nonce exchange, then fails (or stalls)
 * in the encryption handshake, which libp2p reports as a reset, a timeout
 * or a parse error and logs only at its own debug level (P-L3). Watching
 * which connections entered the protector and which came out encrypted
 * tells a secret mismatch from a peer that is simply down, on both sides.
 */
export class SecretHandshakes {
  private readonly encrypted = new WeakSet<object>()
  private readonly outboundStarted = new Map<string, number>()

  /** @param secret - `cluster.secret`, 64 hex characters */
  constructor (private readonly secret: string) {}

  /** The connection protector to give libp2p. */
  protector (): () => ConnectionProtector {
    const factory = preSharedKey({ psk: pskFile(this.secret) })
    return () => {
      const inner = factory()
      return {
        protect: async (connection, options) => {
          this.watch(connection as MultiaddrConnection)
          return withinCipherMemory(connection, await inner.protect(connection, options))
        }
      }
    }
  }

  /** A connection gater that only notes which connections completed encryption. */
  gater (): ConnectionGater {
    return {
      denyInboundEncryptedConnection: (_peer, maConn) => {
        this.encrypted.add(maConn)
        return false
      },
      denyOutboundEncryptedConnection: (_peer, maConn) => {
        this.outboundStarted.delete(remoteOf(maConn))
        return false
      }
    }
  }

  /** True when a dial to `address` entered the handshake at or after `since` (ms) and did not complete it: its failure is a handshake failure. */
  reachedHandshake (address: Multiaddr, since: number): boolean {
    return (this.outboundStarted.get(address.decapsulateCode(CODE_P2P).toString()) ?? -1) >= since
  }

  private watch (connection: MultiaddrConnection): void {
    const remote = remoteOf(connection)
    if (connection.direction === 'outbound') {
      this.outboundStarted.set(remote, Date.now())
      return
    }
    connection.addEventListener('close', (evt: Event) => {
      if (this.encrypted.has(connection)) return
      const err = (evt as Event & { error?: Error }).error
      log.warn(`refused connection from ${remote}: ${SECRET_MISMATCH}`, { err: err?.message ?? 'closed by the remote' })
    }, { once: true })
  }
}

/** The remote address of a connection without /p2p/, as dial targets are compared. */
function remoteOf (connection: MultiaddrConnection): string {
  return connection.remoteAddr.decapsulateCode(CODE_P2P).toString()
}
