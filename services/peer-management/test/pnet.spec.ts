import assert from 'node:assert/strict'
import { generateKeyPair } from '@libp2p/crypto/keys'
import { peerIdFromPrivateKey } from '@libp2p/peer-id'
import { multiaddr } from '@multiformats/multiaddr'
import xsalsa20 from 'xsalsa20'
import { waitFor } from '@ipfscluster/testing'
import { createHost, type ClusterHost } from '../src/host.js'
import { SecretHandshakes } from '../src/pnet.js'
import { FrameStream } from '../src/relay/frames.js'
import { secretOf } from './support/peers.js'

const ECHO = '/test/pnet-echo/1'

/** Two hosts as peer-management builds them (TCP, cluster secret, noise, yamux), in this process. */
async function host (): Promise<ClusterHost> {
  const privateKey = await generateKeyPair('Ed25519')
  const secret = secretOf('3c')
  return createHost({
    identity: { privateKey, peerId: peerIdFromPrivateKey(privateKey).toString() },
    secret,
    peers: [],
    bootstrap: [],
    listen: [multiaddr('/ip4/127.0.0.1/tcp/0')],
    pingInterval: 15_000,
    checkInterval: 15_000,
    networkTimeout: 10_000
  }, new SecretHandshakes(secret))
}

/**
 * The highest slot in the shared WASM memory of `xsalsa20` (pnet's cipher)
 * that new ciphers get, taking 200 at once: more than this test ever has
 * in use. Slots that connections keep for good push it up.
 */
function highestCipherSlot (): number {
  const probes = Array.from({ length: 200 }, () => xsalsa20(new Uint8Array(24), new Uint8Array(32)))
  const highest = Math.max(...probes.map(p => (p as unknown as { _xor: { _pointer: number } })._xor._pointer))
  for (const p of probes) p.finalize()
  return highest
}

describe('the cluster-secret protector', function () {
  this.timeout(120_000)
  let dialer: ClusterHost, listener: ClusterHost

  before(async () => {
    ;[dialer, listener] = await Promise.all([host(), host()])
    await listener.handle(ECHO, async stream => {
      const frames = new FrameStream(stream)
      for (let f = await frames.read(); f !== undefined; f = await frames.read()) await frames.write({ payload: { data: f.payload?.data ?? new Uint8Array() } })
      await stream.close()
    })
  })
  after(async () => {
    await Promise.all([dialer?.stop(), listener?.stop()])
  })

  it('carries 8 MiB messages both ways, again and again, intact', async () => {
    // Before the fix the cipher's WASM memory grew by every large write and
    // "Maximum memory size exceeded" ended the connection after a few.
    const big = Buffer.alloc(8 * 1024 * 1024)
    for (let i = 0; i < big.length; i += 4) big.writeUInt32LE(i, i)
    const frames = new FrameStream(await dialer.dialProtocol(listener.getMultiaddrs()[0], ECHO))
    for (let i = 0; i < 20; i++) {
      await frames.write({ payload: { data: big } })
      const back = await frames.read()
      assert.equal(Buffer.compare(back?.payload?.data ?? Buffer.alloc(0), big), 0, `message ${i} came back intact`)
    }
    await frames.stream.close()
  })

  it('gives the cipher memory of connections that came and went back', async () => {
    // Before the fix each connection kept its two ciphers' slots for good;
    // a few thousand (anyone can open them) and every write grew the memory.
    await dialer.hangUp(listener.peerId)
    const before = highestCipherSlot()
    for (let i = 0; i < 30; i++) {
      await dialer.dial(listener.getMultiaddrs()[0])
      await dialer.hangUp(listener.peerId)
    }
    await waitFor(() => listener.getConnections(dialer.peerId).length === 0, { what: 'the listener saw the connections close' })
    await waitFor(() => highestCipherSlot() === before, { what: `cipher slots back where they were (${before})` })
  })
})
