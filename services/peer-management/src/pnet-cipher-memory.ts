import type { MessageStream } from '@libp2p/interface'
import { AbstractMessageStream } from '@libp2p/utils'
import type { Xor } from 'xsalsa20'
import { logger } from '@ipfscluster/chassis'

const log = logger('peermgr')

/**
 * The most bytes the protector encrypts at once. `@libp2p/pnet` 3.0.27
 * encrypts with the `xsalsa20` package, whose ciphers all share one WASM
 * memory: 640 KiB at first, 62.5 MiB at most, holding a 64-byte slot per
 * cipher and then a copy of the input being encrypted. A write that does
 * not fit grows that memory, which leaves every other cipher with a stale
 * (detached, length 0) view of it; each of those then grows the memory
 * again by the whole size of its next input, so it climbs with every write
 * until `grow` fails ("Maximum memory size exceeded"). Writes of at most
 * this size never grow it. Received bytes are decrypted per TCP read
 * (64 KiB at most in Node), never more at once.
 */
export const PROTECTED_WRITE_BYTES = 64 * 1024

/**
 * Keeps a connection `@libp2p/pnet` protected within its ciphers' memory:
 * its writes reach the cipher in pieces of at most PROTECTED_WRITE_BYTES
 * (by the message stream's own `maxMessageSize`), and its two ciphers give
 * their slots back (and wipe the key) once the connection has closed. pnet
 * never does: each connection it protected kept 128 bytes for good, and
 * after some 4,600 of them, which anyone can open since the nonce exchange
 * needs no secret, 64 KiB no longer fitted and the memory grew as above.
 * Reaches pnet's private `inboundXor`/`outboundXor`; throws (so no
 * connection comes up) if an upgrade changes them.
 *
 * @param transport - the connection pnet was given
 * @param protectedConnection - what pnet returned for it
 */
export function withinCipherMemory<T> (transport: MessageStream, protectedConnection: T): T {
  if (!(protectedConnection instanceof AbstractMessageStream)) throw new Error('@libp2p/pnet no longer returns a message stream: its writes cannot be bounded')
  protectedConnection.maxMessageSize = PROTECTED_WRITE_BYTES
  const { inboundXor, outboundXor } = protectedConnection as unknown as Record<string, Partial<Xor> | undefined>
  const ciphers = [inboundXor, outboundXor]
  if (!ciphers.every(c => typeof c?.finalize === 'function')) throw new Error('@libp2p/pnet no longer keeps its ciphers in inboundXor/outboundXor: they cannot be released')
  // Registered after pnet's own listener, which closes the protected
  // connection: nothing goes through the ciphers after this.
  transport.addEventListener('close', () => {
    try {
      for (const c of ciphers as Xor[]) c.finalize()
    } catch (err) {
      log.warn('could not release the ciphers of a closed connection', { err: (err as Error).message })
    }
  }, { once: true })
  return protectedConnection
}
