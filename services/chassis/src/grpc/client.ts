import { credentials, Metadata, type CallOptions as GrpcCallOptions, type Client, type ClientDuplexStream, type ClientReadableStream, type ClientUnaryCall, type ClientWritableStream, type requestCallback, type ServiceDefinition, type ServiceError } from '@grpc/grpc-js'
import { ServiceUnavailableError } from '../errors.js'
import { ERROR_NAME_KEY, fromStatus } from './status-mapping.js'
import { withRetry, type RetryOptions } from './retry.js'

/** Options of one call made through a {@link PromiseClient}. */
export interface CallOptions {
  signal?: AbortSignal
  /** Milliseconds until the call's deadline; default 60 s for unary calls, none for streams; Infinity = none. */
  timeout?: number
  /** Safe to repeat: retried while the target process is unreachable, until the deadline. */
  idempotent?: boolean
  metadata?: Metadata
  retry?: RetryOptions
}

// Checked from the narrowest signature: a one-parameter stream method would
// also match the two-parameter unary shape.
type Promisified<F> =
  F extends (options?: GrpcCallOptions) => ClientDuplexStream<infer Req, infer Res> ? (reqs: AsyncIterable<Req> | Iterable<Req>, opts?: CallOptions) => AsyncIterable<Res>
    : F extends (callback: requestCallback<infer Res>) => ClientWritableStream<infer Req> ? (reqs: AsyncIterable<Req> | Iterable<Req>, opts?: CallOptions) => Promise<Res>
      : F extends (argument: infer Req, options?: GrpcCallOptions) => ClientReadableStream<infer Res> ? (req: Req, opts?: CallOptions) => AsyncIterable<Res>
        : F extends (argument: infer Req, callback: requestCallback<infer Res>) => ClientUnaryCall ? (req: Req, opts?: CallOptions) => Promise<Res>
          : never

/**
 * The generated client's PascalCase methods as promises and async iterables,
 * failing with the server's error classes.
 */
export type PromiseClient<C> = {
  [K in keyof C as K extends keyof Client ? never : K extends string ? (K extends Capitalize<K> ? K : never) : never]: Promisified<C[K]>
} & { close: () => void }

export const CHANNEL_OPTIONS = {
  // A restarted sibling must be reachable at once: local connects are cheap, and grpc's backoff would wait up to 120 s.
  'grpc.initial_reconnect_backoff_ms': 50,
  'grpc.max_reconnect_backoff_ms': 250,
  'grpc.max_receive_message_length': 64 * 1024 * 1024,
  'grpc.max_send_message_length': 64 * 1024 * 1024
}

const DEFAULT_UNARY_TIMEOUT = 60_000

type ClientCtor<C> = (new (address: string, creds: ReturnType<typeof credentials.createInsecure>, options?: object) => C) & { service: ServiceDefinition }

/**
 * Connects to a sibling process's gRPC service on a Unix socket.
 *
 * @param label - the target's name in error messages (e.g. `consensus`)
 */
export function connect<C extends Client> (Ctor: ClientCtor<C>, socketPath: string, label: string): PromiseClient<C> {
  const client = new Ctor(`unix://${socketPath}`, credentials.createInsecure(), CHANNEL_OPTIONS)
  const out: Record<string, unknown> = { close: () => { client.close() } }
  for (const [name, def] of Object.entries(Ctor.service)) {
    if (name !== name.charAt(0).toUpperCase() + name.slice(1)) continue
    const method = (client as unknown as Record<string, (...args: any[]) => any>)[name].bind(client)
    const mapError = (err: unknown): Error => toClientError(err, label, socketPath)
    if (!def.requestStream && !def.responseStream) {
      out[name] = async (req: unknown, opts: CallOptions = {}) => withRetry(
        async attemptOpts => unaryCall(method, req, attemptOpts, mapError), opts, DEFAULT_UNARY_TIMEOUT)
    } else if (!def.requestStream) {
      out[name] = (req: unknown, opts: CallOptions = {}) => readStream(method(req, metadataOf(opts), grpcOptions(opts)), opts, mapError)
    } else if (!def.responseStream) {
      out[name] = async (reqs: AsyncIterable<unknown>, opts: CallOptions = {}) => new Promise((resolve, reject) => {
        let detach = (): void => {}
        const call: ClientWritableStream<unknown> = method(metadataOf(opts), grpcOptions(opts), (err: ServiceError | null, res: unknown) => {
          detach()
          if (err !== null) reject(mapError(err))
          else resolve(res)
        })
        detach = onAbort(opts.signal, () => { call.cancel() })
        writeAll(call, reqs).catch(() => { call.cancel() })
      })
    } else {
      out[name] = (reqs: AsyncIterable<unknown>, opts: CallOptions = {}) => {
        const call: ClientDuplexStream<unknown, unknown> = method(metadataOf(opts), grpcOptions(opts))
        writeAll(call, reqs).catch(() => { call.cancel() })
        return readStream(call, opts, mapError)
      }
    }
  }
  return out as PromiseClient<C>
}

function metadataOf (opts: CallOptions): Metadata {
  return opts.metadata ?? new Metadata()
}

function grpcOptions (opts: CallOptions): GrpcCallOptions {
  const timeout = opts.timeout
  return timeout === undefined || !Number.isFinite(timeout) ? {} : { deadline: Date.now() + timeout }
}

/** Calls `fn` when `signal` aborts; the returned function detaches it (a long-lived signal must not collect one listener per call). */
function onAbort (signal: AbortSignal | undefined, fn: () => void): () => void {
  if (signal === undefined) return () => {}
  if (signal.aborted) {
    fn()
    return () => {}
  }
  signal.addEventListener('abort', fn, { once: true })
  return () => { signal.removeEventListener('abort', fn) }
}

async function unaryCall (method: (...args: any[]) => ClientUnaryCall, req: unknown, opts: CallOptions, mapError: (e: unknown) => Error): Promise<unknown> {
  return new Promise((resolve, reject) => {
    let detach = (): void => {}
    const call = method(req, metadataOf(opts), grpcOptions(opts), (err: ServiceError | null, res: unknown) => {
      detach()
      if (err !== null) reject(mapError(err))
      else resolve(res)
    })
    detach = onAbort(opts.signal, () => { call.cancel() })
  })
}

async function * readStream (call: ClientReadableStream<unknown>, opts: CallOptions, mapError: (e: unknown) => Error): AsyncGenerator<unknown> {
  const detach = onAbort(opts.signal, () => { call.cancel() })
  try {
    for await (const item of call) yield item
  } catch (err) {
    throw mapError(err)
  } finally {
    detach()
    call.cancel()
  }
}

async function writeAll (call: ClientWritableStream<unknown>, reqs: AsyncIterable<unknown> | Iterable<unknown>): Promise<void> {
  for await (const req of reqs) {
    if (!call.write(req)) await new Promise(resolve => call.once('drain', resolve))
  }
  call.end()
}

/**
 * A status without our error-class metadata never reached a handler: the
 * process is down, restarting, or its socket is gone.
 */
function toClientError (err: unknown, label: string, socketPath: string): Error {
  const e = err as ServiceError
  if (typeof e?.code !== 'number') return err as Error
  if (e.code === 14 && e.metadata?.get(ERROR_NAME_KEY).length === 0) {
    return new ServiceUnavailableError(`${label} unavailable at ${socketPath}: ${e.details}`)
  }
  return fromStatus(e)
}
