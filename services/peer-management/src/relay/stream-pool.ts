import type { Libp2p, Stream } from '@libp2p/interface'
import { peerIdFromString } from '@libp2p/peer-id'
import { MAX_STREAMS_PER_PROTOCOL } from '@ipfscluster/proto'
import { FrameStream } from './frames.js'

/** Idle streams kept per (peer, protocol); more are closed when released. */
const MAX_IDLE = 64

/**
 * Open relay streams to other peers, reused call after call (p2p.proto: a
 * stream carries one call at a time). Taking an idle stream saves the
 * stream set-up, the largest part of a call's cost on a fast link. At most
 * MAX_STREAMS_PER_PROTOCOL streams per (peer, protocol) are in use at once;
 * further callers wait for one to be released.
 */
export class StreamPool {
  private readonly idle = new Map<string, FrameStream[]>()
  private readonly inUse = new Map<string, number>()
  private readonly waiting = new Map<string, Array<() => void>>()

  constructor (private readonly node: Libp2p) {}

  /**
   * A stream to `peer` for `protocol`: an idle one, or a new one (dialling
   * the peer if needed, for at most `dialTimeout` ms).
   */
  async acquire (peer: string, protocol: string, signal: AbortSignal, dialTimeout: number): Promise<FrameStream> {
    const key = `${peer} ${protocol}`
    while ((this.inUse.get(key) ?? 0) >= MAX_STREAMS_PER_PROTOCOL) await this.slot(key, signal)
    this.inUse.set(key, (this.inUse.get(key) ?? 0) + 1)
    try {
      const list = this.idle.get(key) ?? []
      for (let s = list.pop(); s !== undefined; s = list.pop()) {
        if (usable(s.stream)) return s
      }
      // Only reaching the peer is bounded here; opening the stream on a live
      // connection waits as long as the caller does (hundreds opening at once queue up).
      const connection = await this.node.dial(peerIdFromString(peer), { signal: AbortSignal.any([signal, AbortSignal.timeout(dialTimeout)]) })
      const stream = await connection.newStream(protocol, {
        signal,
        maxOutboundStreams: MAX_STREAMS_PER_PROTOCOL,
        // One protocol only: send the first frame with the protocol choice instead of waiting for the echo.
        negotiateFully: false
      })
      return new FrameStream(stream)
    } catch (err) {
      this.done(key)
      throw err
    }
  }

  /** Gives a stream back: idle for the next call when `reusable`, else closed (a broken one is aborted by its user first). */
  release (peer: string, protocol: string, s: FrameStream, reusable: boolean): void {
    const key = `${peer} ${protocol}`
    this.done(key)
    const list = this.idle.get(key) ?? []
    if (reusable && usable(s.stream) && list.length < MAX_IDLE) {
      this.idle.set(key, list)
      list.push(s)
    } else if (s.stream.status === 'open') {
      s.stream.close().catch(err => { s.stream.abort(err) })
    }
  }

  /** Resolves when a stream of `key` is released (then the caller checks the count again). */
  private async slot (key: string, signal: AbortSignal): Promise<void> {
    const list = this.waiting.get(key) ?? []
    this.waiting.set(key, list)
    await new Promise<void>((resolve, reject) => {
      const wake = (): void => {
        signal.removeEventListener('abort', onAbort)
        resolve()
      }
      const onAbort = (): void => {
        list.splice(list.indexOf(wake), 1)
        reject(signal.reason)
      }
      list.push(wake)
      signal.addEventListener('abort', onAbort, { once: true })
    })
  }

  private done (key: string): void {
    this.inUse.set(key, (this.inUse.get(key) ?? 1) - 1)
    this.waiting.get(key)?.shift()?.()
  }
}

function usable (stream: Stream): boolean {
  return stream.status === 'open' && stream.writeStatus === 'writable' && stream.remoteWriteStatus === 'writable'
}
