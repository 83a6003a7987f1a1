import { once } from 'node:events'
import type { Readable } from 'node:stream'
import type {
  handleBidiStreamingCall, handleClientStreamingCall, handleServerStreamingCall, handleUnaryCall,
  ServerDuplexStream, ServerWritableStream, sendUnaryData
} from '@grpc/grpc-js'
import { logger } from '../logging/index.js'
import { callContext, type CallContext } from './call-context.js'
import { isKnownError, toStatus } from './status-mapping.js'

/*
 * grpc-js ignores a handler's promise (a rejection would crash the process or
 * leave the client waiting for its deadline) and lets callbacks be called
 * twice. These adapters turn async domain functions into handlers that answer
 * exactly once and map every failure through the error table.
 */

const log = logger('grpc')

function reportUnexpected (method: string, err: unknown): void {
  if (!isKnownError(err)) log.error('unexpected error in handler', { method, err: err instanceof Error ? err.stack ?? err.message : String(err) })
}

function answer<Res> (method: string, callback: sendUnaryData<Res>, work: Promise<Res>): void {
  work.then(
    res => { callback(null, res) },
    (err: unknown) => {
      reportUnexpected(method, err)
      callback(toStatus(err))
    }
  )
}

/**
 * The request stream as an async iterable that leaves the call open when the
 * requests end: iterating a Duplex the plain way destroys it, and then the
 * replies of a bidi call could no longer be written.
 */
function requests<Req> (call: Readable): AsyncIterable<Req> {
  return call.iterator({ destroyOnReturn: false })
}

export function unary<Req, Res> (method: string, fn: (req: Req, ctx: CallContext) => Promise<Res>): handleUnaryCall<Req, Res> {
  return (call, callback) => {
    const { ctx, dispose } = callContext(call, method)
    answer(method, callback, fn(call.request, ctx).finally(dispose))
  }
}

async function pipeOut<Res> (call: ServerWritableStream<any, Res> | ServerDuplexStream<any, Res>, items: AsyncIterable<Res>, signal: AbortSignal): Promise<void> {
  for await (const item of items) {
    if (signal.aborted) break
    if (!call.write(item)) await once(call, 'drain', { signal })
  }
}

function finishStream (method: string, call: ServerWritableStream<any, any> | ServerDuplexStream<any, any>, work: Promise<void>): void {
  work.then(
    () => { call.end() },
    (err: unknown) => {
      if (call.cancelled) return
      reportUnexpected(method, err)
      call.emit('error', toStatus(err))
    }
  )
}

export function serverStream<Req, Res> (method: string, fn: (req: Req, ctx: CallContext) => AsyncIterable<Res>): handleServerStreamingCall<Req, Res> {
  return call => {
    const { ctx, dispose } = callContext(call, method)
    finishStream(method, call, (async () => { await pipeOut(call, fn(call.request, ctx), ctx.signal) })().finally(dispose))
  }
}

export function clientStream<Req, Res> (method: string, fn: (reqs: AsyncIterable<Req>, ctx: CallContext) => Promise<Res>): handleClientStreamingCall<Req, Res> {
  return (call, callback) => {
    const { ctx, dispose } = callContext(call, method)
    answer(method, callback, fn(requests(call), ctx).finally(dispose))
  }
}

export function bidiStream<Req, Res> (method: string, fn: (reqs: AsyncIterable<Req>, ctx: CallContext) => AsyncIterable<Res>): handleBidiStreamingCall<Req, Res> {
  return call => {
    const { ctx, dispose } = callContext(call, method)
    finishStream(method, call, (async () => { await pipeOut(call, fn(requests(call), ctx), ctx.signal) })().finally(dispose))
  }
}
