import { AbortError, MessageTooLargeError } from '@ipfscluster/chassis'
import { protocolFor, type Frame__Output } from '@ipfscluster/proto'
import { describe } from '../dial.js'
import { PeerUnavailableError } from '../errors.js'
import type { CallStatus, CallTarget, RelayCall, Reply, UnaryReply } from './call.js'
import type { FrameStream } from './frames.js'
import type { StreamPool } from './stream-pool.js'

/**
 * Other peers as call targets: a call becomes a `request` frame on a relay
 * stream (p2p.proto) and the frames that come back. Failing to reach the
 * peer, or losing the stream mid-call, is a PeerUnavailableError naming it.
 */
export class RemotePeers {
  /**
   * @param dialTimeout - bound of reaching the peer (dialling it if needed), ms
   */
  constructor (private readonly pool: StreamPool, private readonly dialTimeout: number) {}

  target (peer: string): CallTarget {
    return { unary: async call => this.unary(peer, call), stream: call => this.stream(peer, call) }
  }

  private async unary (peer: string, call: RelayCall): Promise<UnaryReply> {
    const s = await this.open(peer, call)
    let payload: Uint8Array = new Uint8Array()
    try {
      for (;;) {
        const frame = await s.frames.read()
        if (frame?.kind === 'payload') payload = frame.payload?.data ?? payload
        else return { payload, status: s.finish(frame) }
      }
    } catch (err) {
      throw s.fail(err)
    } finally {
      s.release()
    }
  }

  private async * stream (peer: string, call: RelayCall): AsyncGenerator<Reply, void, undefined> {
    const s = await this.open(peer, call)
    if (call.method.requestStream) void sendRequests(s.frames, call.requests ?? [])
    let status: CallStatus
    try {
      for (;;) {
        const frame = await s.frames.read()
        if (frame?.kind !== 'payload') {
          status = s.finish(frame)
          break
        }
        yield { payload: { data: frame.payload?.data ?? new Uint8Array() } }
      }
    } catch (err) {
      throw s.fail(err)
    } finally {
      s.release()
    }
    yield { status }
  }

  /** A stream to the peer with the call's request frame sent, and what ends the call on it. */
  private async open (peer: string, call: RelayCall): Promise<OpenCall> {
    const protocol = protocolFor(call.method.path)
    if (call.signal.aborted) throw new AbortError('the call was cancelled')
    let frames: FrameStream
    try {
      frames = await this.pool.acquire(peer, protocol, call.signal, this.dialTimeout)
    } catch (err) {
      if (call.signal.aborted) throw new AbortError('the call was cancelled')
      throw new PeerUnavailableError(`peer ${peer} unreachable: ${describe(err)}`)
    }
    const onAbort = (): void => { frames.stream.abort(new AbortError('the caller cancelled the call')) }
    call.signal.addEventListener('abort', onAbort, { once: true })
    let finished = false
    const s: OpenCall = {
      frames,
      finish: frame => {
        if (frame?.kind !== 'status') throw new Error(frame === undefined ? 'the stream ended before the call did' : `unexpected ${frame.kind} frame`)
        finished = true
        return statusOf(frame)
      },
      fail: err => call.signal.aborted
        ? new AbortError('the call was cancelled')
        // A request too large for the relay was never sent: the peer is fine.
        : err instanceof MessageTooLargeError ? err : new PeerUnavailableError(`peer ${peer}: relay stream failed: ${(err as Error).message}`),
      release: () => {
        call.signal.removeEventListener('abort', onAbort)
        if (!finished) frames.stream.abort(new AbortError('the call was abandoned'))
        // A stream that carried a request stream is not reused: its request side may be out of step.
        this.pool.release(peer, protocol, frames, finished && !call.method.requestStream)
      }
    }
    try {
      await frames.write({ request: { method: call.method.path, deadline_unix_ms: call.deadline, traceparent: call.traceparent, tracestate: call.tracestate, payload: call.payload } })
    } catch (err) {
      s.release()
      throw s.fail(err)
    }
    return s
  }
}

interface OpenCall {
  frames: FrameStream
  /** The call's status from its final frame; throws when that frame is not a status. */
  finish: (frame: Frame__Output | undefined) => CallStatus
  /** The error to throw for a failure of the stream. */
  fail: (err: unknown) => Error
  /** Gives the stream back (reusable only after a clean finish). */
  release: () => void
}

async function sendRequests (s: FrameStream, requests: AsyncIterable<Uint8Array> | Iterable<Uint8Array>): Promise<void> {
  try {
    for await (const data of requests) await s.write({ payload: { data } })
    await s.write({ half_close: {} })
  } catch (err) {
    s.stream.abort(err as Error)
  }
}

function statusOf (frame: Frame__Output): CallStatus {
  const st = frame.status
  return { status_code: st?.status_code ?? 2, error_name: st?.error_name ?? '', error_message: st?.error_message ?? '', details: { ...st?.details } }
}
