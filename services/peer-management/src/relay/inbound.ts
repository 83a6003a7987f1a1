import { status as Status } from '@grpc/grpc-js'
import type { Connection, Stream } from '@libp2p/interface'
import { context } from '@opentelemetry/api'
import { logger, MessageTooLargeError, PermissionDeniedError, ServiceUnavailableError } from '@ipfscluster/chassis'
import { methods, type Frame, type FrameRequest__Output, type MethodInfo } from '@ipfscluster/proto'
import { failure, type CallStatus, type CallTarget, type RelayCall } from './call.js'
import { FrameStream } from './frames.js'
import { endSpan, inboundSpan } from './tracing.js'

const log = logger('rpc')

/** What the receiving end of the relay needs. */
export interface InboundDeps {
  /** This peer's services, as seen by a call from `remotePeer`. */
  local: (remotePeer: string) => CallTarget
  /** True when `peer` may call `trusted` methods. */
  trusts: (peer: string) => Promise<boolean>
  /** False once this peer left the cluster: calls are refused. */
  serving: () => boolean
}

/**
 * The libp2p handler of both relay protocols: reads calls one after
 * another from the stream, checks each method's policy against the caller
 * (taken from the connection), runs it on the local service without
 * decoding the payload, and writes the replies back.
 */
export function inboundHandler (deps: InboundDeps): (stream: Stream, connection: Connection) => Promise<void> {
  return async (stream, connection) => {
    const remote = connection.remotePeer.toString()
    const frames = new FrameStream(stream)
    // The caller cancels by resetting the stream: that ends whichever call runs on it.
    const gone = new AbortController()
    stream.addEventListener('close', () => { gone.abort(new Error('the caller went away')) }, { once: true })
    try {
      for (let frame = await frames.read(); frame !== undefined; frame = await frames.read()) {
        if (frame.kind !== 'request' || frame.request == null) throw new Error(`expected a request frame, got ${frame.kind ?? 'nothing'}`)
        const reusable = await serve(deps, frames, frame.request, remote, gone.signal)
        if (!reusable) break
      }
      await stream.close()
    } catch (err) {
      log.debug('relay stream failed', { peer: remote, err: (err as Error).message })
      stream.abort(err as Error)
    }
  }
}

/** Runs one call; false when the stream cannot carry another one after it. */
async function serve (deps: InboundDeps, frames: FrameStream, req: FrameRequest__Output, remote: string, signal: AbortSignal): Promise<boolean> {
  const method = methods().get(req.method)
  const denied = await refusal(deps, method, req.method, remote)
  if (denied !== undefined || method === undefined) {
    log.debug('relay call refused', { peer: remote, method: req.method })
    await frames.write({ status: denied })
    return method?.requestStream !== true
  }
  const call: RelayCall = {
    method,
    payload: req.payload,
    requests: method.requestStream ? requestsOf(frames) : undefined,
    // The deadline goes to the local gRPC call, which ends itself with DEADLINE_EXCEEDED.
    deadline: Number(req.deadline_unix_ms),
    traceparent: req.traceparent,
    tracestate: req.tracestate,
    signal
  }
  const { span, context: traced } = inboundSpan(req.method, remote, req)
  let status: CallStatus | undefined
  try {
    await context.with(traced, async () => {
      const target = deps.local(remote)
      if (!method.requestStream && !method.responseStream) {
        const reply = await target.unary(call)
        // The response and its status leave in one write.
        const out = [...(reply.status.status_code === 0 ? [{ payload: { data: reply.payload } }] : []), { status: reply.status }]
        status = await writeOrRefuse(frames, out) ?? reply.status
        return
      }
      for await (const reply of target.stream(call)) {
        if ('status' in reply) status = reply.status
        const refused = await writeOrRefuse(frames, [reply])
        if (refused !== undefined) {
          // Leaving the loop cancels the rest of the local stream.
          status = refused
          break
        }
      }
    })
  } finally {
    endSpan(span, status ?? new Error('the call did not finish'))
  }
  return !method.requestStream
}

/**
 * Writes a call's reply frames. A reply too large for the relay ends the
 * call with RESOURCE_EXHAUSTED (returned) instead of breaking the stream.
 */
async function writeOrRefuse (frames: FrameStream, out: Frame[]): Promise<CallStatus | undefined> {
  try {
    await frames.write(...out)
    return undefined
  } catch (err) {
    if (!(err instanceof MessageTooLargeError)) throw err
    const status = failure(Status.RESOURCE_EXHAUSTED, err)
    await frames.write({ status })
    return status
  }
}

/** The status a call is refused with, if it is. */
async function refusal (deps: InboundDeps, method: MethodInfo | undefined, path: string, remote: string): Promise<CallStatus | undefined> {
  if (!deps.serving()) return failure(Status.UNAVAILABLE, new ServiceUnavailableError('this peer left the cluster'))
  const policy = method?.policy ?? 'closed'
  if (policy === 'open' || (policy === 'trusted' && await deps.trusts(remote))) return undefined
  return failure(Status.PERMISSION_DENIED, new PermissionDeniedError(`method ${path} is not callable remotely`))
}

/** The request messages of a streaming call, until `half_close` or the end of the stream. */
async function * requestsOf (frames: FrameStream): AsyncGenerator<Uint8Array> {
  for (let frame = await frames.read(); frame !== undefined; frame = await frames.read()) {
    if (frame.kind === 'half_close') return
    if (frame.kind !== 'payload') throw new Error(`unexpected ${frame.kind ?? 'empty'} frame in a request stream`)
    yield frame.payload?.data ?? new Uint8Array()
  }
}
