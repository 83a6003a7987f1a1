import type { Stream, StreamCloseEvent, StreamMessageEvent } from '@libp2p/interface'
import { Uint8ArrayList } from 'uint8arraylist'
import { codec, MAX_FRAME_BYTES, type Frame, type Frame__Output } from '@ipfscluster/proto'
import { AbortError, MessageTooLargeError } from '@ipfscluster/chassis'
import { batchWindowUpdates } from './window-updates.js'

const frameCodec = codec('ipfscluster.p2p.v1.Frame')

/**
 * Length-prefixed `Frame`s (p2p.proto) over one libp2p stream. Frames are
 * decoded as bytes arrive and queued, so a reader never sees half a frame;
 * end of stream and stream errors reach the next `read`.
 */
export class FrameStream {
  private readonly buffer = new Uint8ArrayList()
  private readonly queue: Frame__Output[] = []
  private wake?: () => void
  private ended = false
  private failure?: Error

  constructor (readonly stream: Stream) {
    // Every relay stream, outbound (stream pool) and inbound, becomes one of these.
    batchWindowUpdates(stream)
    stream.addEventListener('message', (evt: StreamMessageEvent) => {
      try {
        this.buffer.append(evt.data)
        for (let frame = takeFrame(this.buffer); frame !== undefined; frame = takeFrame(this.buffer)) this.queue.push(frameCodec.decode(frame))
      } catch (err) {
        this.failure = err as Error
        stream.abort(err as Error)
      }
      this.wake?.()
    })
    stream.addEventListener('remoteCloseWrite', () => {
      this.ended = true
      this.wake?.()
    })
    stream.addEventListener('close', (evt: StreamCloseEvent) => {
      this.ended = true
      this.failure ??= evt.error
      this.wake?.()
    })
  }

  /** The next frame; undefined when the other side closed its end. Throws when the stream failed or `signal` aborted. */
  async read (signal?: AbortSignal): Promise<Frame__Output | undefined> {
    for (;;) {
      const frame = this.queue.shift()
      if (frame !== undefined) return frame
      if (this.failure !== undefined) throw this.failure
      if (this.ended) return undefined
      await new Promise<void>((resolve, reject) => {
        const onAbort = (): void => { reject(signal?.reason ?? new AbortError()) }
        if (signal?.aborted === true) {
          onAbort()
          return
        }
        signal?.addEventListener('abort', onAbort, { once: true })
        this.wake = () => {
          this.wake = undefined
          signal?.removeEventListener('abort', onAbort)
          resolve()
        }
      })
    }
  }

  /**
   * Writes frames in one send, waiting while the stream asks for a drain.
   * A frame the other side would refuse (over MAX_FRAME_BYTES) is a
   * MessageTooLargeError before anything is sent: the stream stays usable.
   */
  async write (...frames: Frame[]): Promise<void> {
    const list = new Uint8ArrayList()
    for (const frame of frames) {
      const bytes = frameCodec.encode(frame)
      if (bytes.byteLength > MAX_FRAME_BYTES) throw new MessageTooLargeError(`relayed message of ${bytes.byteLength} bytes is over the relay's limit of ${MAX_FRAME_BYTES} bytes`)
      list.append(varint(bytes.byteLength), bytes)
    }
    if (!this.stream.send(list)) await this.stream.onDrain()
  }
}

/**
 * Removes the first whole length-prefixed frame from `buffer`, if there is
 * one. Written out rather than libp2p's LengthPrefixedDecoder, which finds
 * out that a frame is incomplete by catching an exception: a stack trace
 * captured for every message made it the relay's largest cost.
 */
function takeFrame (buffer: Uint8ArrayList): Uint8Array | undefined {
  let length = 0
  let prefix = 0
  for (;;) {
    if (prefix >= buffer.byteLength) return undefined
    const byte = buffer.get(prefix)
    length += (byte & 0x7f) * 2 ** (7 * prefix)
    prefix++
    if (byte < 0x80) break
    if (prefix > 4) throw new Error('frame length prefix too long')
  }
  if (length > MAX_FRAME_BYTES) throw new Error(`frame of ${length} bytes is over the ${MAX_FRAME_BYTES} limit`)
  if (buffer.byteLength < prefix + length) return undefined
  const frame = buffer.subarray(prefix, prefix + length)
  buffer.consume(prefix + length)
  return frame
}

/** Unsigned LEB128, the length prefix of `lpStream`. */
function varint (n: number): Uint8Array {
  const out: number[] = []
  while (n >= 0x80) {
    out.push((n & 0x7f) | 0x80)
    n = Math.floor(n / 128)
  }
  out.push(n)
  return Uint8Array.from(out)
}
