import { AbortError } from '@ipfscluster/chassis'
import { protocolFor, type Frame__Output } from '@ipfscluster/proto'
import { describe } from '../dial.js'
import { PeerUnavailableError } from '../errors.js'
import type { CallStatus, CallTarget, RelayCall, Reply } from './call.js'
import type { FrameStream } from './frames.js'
import type { StreamPool } from './stream-pool.js'

/**
 * Other peers as call targets: a call becomes a `request` frame on a relay
 * stream (p2p.proto) and the frames that come back. Failing to reach the
 * peer, or losing the stream mid-call, is a PeerUnavailableError naming it.
 */
export class RemotePeers {
  /**
   * @param dialTimeout - bound of reaching the peer (opening a stream, dialling if needed), ms
   */
  constructor (private readonly pool: StreamPool, private readonly dialTimeout: number) {}

  target (peer: string): CallTarget {
    return { call: call => this.call(peer, call) }
  }

  private async * call (peer: string, call: RelayCall): AsyncGenerator<Reply, void, undefined> {
    const protocol = protocolFor(call.method.path)
    let s: FrameStream
    try {
      s = await this.pool.acquire(peer, protocol, call.signal, this.dialTimeout)
    } catch (err) {
      if (call.signal.aborted) throw new AbortError('the call was cancelled')
      throw new PeerUnavailableError(`peer ${peer} unreachable: ${describe(err)}`)
    }
    const onAbort = (): void => { s.stream.abort(new AbortError('the caller cancelled the call')) }
    call.signal.addEventListener('abort', onAbort, { once: true })
    let status: CallStatus | undefined
    try {
      await s.write({ request: { method: call.method.path, deadline_unix_ms: call.deadline, traceparent: call.traceparent, tracestate: call.tracestate, payload: call.payload } })
      if (call.method.requestStream) void sendRequests(s, call.requests ?? [])
      for (;;) {
        const frame = await s.read()
        if (frame?.kind === 'payload') yield { payload: { data: frame.payload?.data ?? new Uint8Array() } }
        else if (frame?.kind === 'status') {
          status = statusOf(frame)
          break
        } else throw new Error(frame === undefined ? 'the stream ended before the call did' : `unexpected ${frame.kind} frame`)
      }
    } catch (err) {
      if (call.signal.aborted) throw new AbortError('the call was cancelled')
      throw new PeerUnavailableError(`peer ${peer}: relay stream failed: ${(err as Error).message}`)
    } finally {
      call.signal.removeEventListener('abort', onAbort)
      if (status === undefined) s.stream.abort(new AbortError('the call was abandoned'))
      // A stream that carried a request stream is not reused: its request side may be out of step.
      this.pool.release(peer, protocol, s, status !== undefined && !call.method.requestStream)
    }
    yield { status }
  }
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
