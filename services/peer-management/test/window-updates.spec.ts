import assert from 'node:assert/strict'
import { createLibp2p, type Libp2p } from 'libp2p'
import { tcp } from '@libp2p/tcp'
import { noise } from '@chainsafe/libp2p-noise'
import { yamux } from '@chainsafe/libp2p-yamux'
import { YamuxStream } from '@chainsafe/libp2p-yamux/stream'
import type { Stream } from '@libp2p/interface'
import { FrameStream } from '../src/relay/frames.js'

const PROTOCOL = '/test/window-updates/1'

describe('relay streams: yamux window updates', function () {
  this.timeout(60_000)
  let dialer: Libp2p, listener: Libp2p
  /** Window-update frames yamux's own logic sent, per stream. */
  const sent = new Map<Stream, number>()
  const original = YamuxStream.prototype.sendWindowUpdate
  let inbound: Stream | undefined

  before(async () => {
    // Counts what reaches yamux's own method, i.e. after the relay's batching decided to send.
    YamuxStream.prototype.sendWindowUpdate = function (this: YamuxStream) {
      sent.set(this, (sent.get(this) ?? 0) + 1)
      original.call(this)
    }
    const node = async (): Promise<Libp2p> => createLibp2p({
      addresses: { listen: ['/ip4/127.0.0.1/tcp/0'] }, transports: [tcp()], connectionEncrypters: [noise()], streamMuxers: [yamux()]
    })
    ;[dialer, listener] = await Promise.all([node(), node()])
    // The listener echoes every frame back on a relay FrameStream.
    await listener.handle(PROTOCOL, async stream => {
      inbound = stream
      const frames = new FrameStream(stream)
      for (let f = await frames.read(); f !== undefined; f = await frames.read()) await frames.write({ payload: { data: f.payload?.data ?? new Uint8Array() } })
      await stream.close()
    })
  })
  after(async () => {
    YamuxStream.prototype.sendWindowUpdate = original
    await Promise.all([dialer?.stop(), listener?.stop()])
  })

  it('grants window only once half of it is used, not after every frame; large messages still flow', async () => {
    const stream = await dialer.dialProtocol(listener.getMultiaddrs()[0], PROTOCOL)
    const frames = new FrameStream(stream)
    const echo = async (size: number): Promise<void> => {
      await frames.write({ payload: { data: Buffer.alloc(size, 1) } })
      assert.equal((await frames.read())?.payload?.data.byteLength, size)
    }
    // Opening the stream (SYN, ACK, protocol negotiation) takes window updates of its own.
    await echo(1024)
    assert.ok(inbound !== undefined)
    const count = (): number[] => [sent.get(stream) ?? 0, sent.get(inbound as Stream) ?? 0]
    const opened = count()
    for (let i = 0; i < 50; i++) await echo(1024)
    assert.deepEqual(count(), opened, '50 KiB each way of a 256 KiB window took no window update')
    // 1 MiB is four windows: each side must grant more window as it reads.
    await echo(1024 * 1024)
    const [dialerUpdates, listenerUpdates] = count()
    assert.ok(dialerUpdates > opened[0] && listenerUpdates > opened[1], 'window granted for the large message')
    for (let i = 0; i < 5; i++) await echo(1024)
    await stream.close()
  })
})
