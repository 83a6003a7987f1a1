import { Client, credentials, Metadata, status as Status, type CallOptions, type ServiceError } from '@grpc/grpc-js'
import { CHANNEL_OPTIONS, ERROR_NAME_KEY, ServiceUnavailableError } from '@ipfscluster/chassis'
import { REMOTE_PEER_METADATA_KEY } from '@ipfscluster/proto'
import { failure, OK, type CallStatus, type CallTarget, type RelayCall, type Reply, type UnaryReply } from './call.js'

/** The process serving each proto package (`ipfscluster.<area>.v1`). */
const PROCESS_OF_AREA: Record<string, string> = {
  cluster: 'supervisor',
  consensus: 'consensus',
  peermanagement: 'peer-management',
  ipfsconnector: 'ipfs-connector'
}

const raw = (b: Uint8Array): Buffer => Buffer.isBuffer(b) ? b : Buffer.from(b.buffer, b.byteOffset, b.byteLength)

/**
 * This peer's services, called over their Unix sockets with the payloads
 * as opaque bytes: the relay never decodes a request or a response.
 */
export class LocalServices {
  private readonly clients = new Map<string, Client>()

  /**
   * @param socketOf - the socket of a local process by name
   * @param selfId - this peer's ID, for error messages
   */
  constructor (private readonly socketOf: (process: string) => string, private readonly selfId: string) {}

  /** A target running calls here; `remotePeer` goes to the callee in `x-ipfscluster-remote-peer`. */
  target (remotePeer?: string): CallTarget {
    return { unary: async call => this.unary(call, remotePeer), stream: call => this.stream(call, remotePeer) }
  }

  close (): void {
    for (const c of this.clients.values()) c.close()
    this.clients.clear()
  }

  private async unary (call: RelayCall, remotePeer?: string): Promise<UnaryReply> {
    const route = this.route(call, remotePeer)
    if ('status' in route) return { payload: new Uint8Array(), status: route.status }
    const { client, metadata, options, process } = route
    return new Promise<UnaryReply>(resolve => {
      const c = client.makeUnaryRequest(call.method.path, raw, raw, raw(call.payload), metadata, options, (err, value) => {
        detach()
        resolve(this.replyOf(err, value, process))
      })
      const detach = cancelOnAbort(call.signal, c)
    })
  }

  private async * stream (call: RelayCall, remotePeer?: string): AsyncGenerator<Reply, void, undefined> {
    const route = this.route(call, remotePeer)
    if ('status' in route) {
      yield route
      return
    }
    const { client, metadata, options, process } = route
    const path = call.method.path
    const statusOf = (err: ServiceError): CallStatus => this.statusOf(err, process)
    if (!call.method.requestStream) {
      yield * readAll(client.makeServerStreamRequest(path, raw, raw, raw(call.payload), metadata, options), call.signal, statusOf)
      return
    }
    if (!call.method.responseStream) {
      const { payload, status } = await new Promise<UnaryReply>(resolve => {
        const c = client.makeClientStreamRequest(path, raw, raw, metadata, options, (err, value) => {
          detach()
          resolve(this.replyOf(err, value, process))
        })
        const detach = cancelOnAbort(call.signal, c)
        void writeAll(c, call.requests)
      })
      if (status.status_code === 0) yield { payload: { data: payload } }
      yield { status }
      return
    }
    const c = client.makeBidiStreamRequest(path, raw, raw, metadata, options)
    void writeAll(c, call.requests)
    yield * readAll(c, call.signal, statusOf)
  }

  /** The local process serving the call, with the call's metadata and deadline; or the status when none serves it. */
  private route (call: RelayCall, remotePeer?: string): { client: Client, metadata: Metadata, options: CallOptions, process: string } | { status: CallStatus } {
    const process = PROCESS_OF_AREA[call.method.service.split('.')[1] ?? '']
    if (process === undefined) return { status: failure(Status.UNIMPLEMENTED, { name: '', message: `no local service serves ${call.method.path}` }) }
    const metadata = new Metadata()
    if (remotePeer !== undefined) metadata.set(REMOTE_PEER_METADATA_KEY, remotePeer)
    if (call.traceparent !== '') metadata.set('traceparent', call.traceparent)
    if (call.tracestate !== '') metadata.set('tracestate', call.tracestate)
    return { client: this.clientOf(process), metadata, options: call.deadline > 0 ? { deadline: call.deadline } : {}, process }
  }

  private clientOf (process: string): Client {
    let c = this.clients.get(process)
    if (c === undefined) {
      c = new Client(`unix://${this.socketOf(process)}`, credentials.createInsecure(), CHANNEL_OPTIONS)
      this.clients.set(process, c)
    }
    return c
  }

  private replyOf (err: ServiceError | null, value: Buffer | undefined, process: string): UnaryReply {
    return err !== null ? { payload: new Uint8Array(), status: this.statusOf(err, process) } : { payload: value ?? new Uint8Array(), status: OK }
  }

  /** The callee's status as it arrived, or ServiceUnavailableError when the process never answered. */
  private statusOf (err: ServiceError, process: string): CallStatus {
    const name = String(err.metadata?.get(ERROR_NAME_KEY)[0] ?? '')
    if (err.code === Status.UNAVAILABLE && name === '') {
      return failure(Status.UNAVAILABLE, new ServiceUnavailableError(`${process} unavailable on peer ${this.selfId}: ${err.details}`))
    }
    const details: Record<string, string> = {}
    for (const [key, value] of Object.entries(err.metadata?.getMap() ?? {})) {
      if (key.startsWith('x-ipfscluster-') && key !== ERROR_NAME_KEY) details[key.slice('x-ipfscluster-'.length)] = String(value)
    }
    return { status_code: err.code, error_name: name, error_message: err.details, details }
  }
}

type Readable = AsyncIterable<Buffer> & { cancel: () => void }

/** Cancels the local call `c` when `signal` aborts (at once if it already has); returns the undo. */
function cancelOnAbort (signal: AbortSignal, c: { cancel: () => void }): () => void {
  const cancel = (): void => { c.cancel() }
  if (signal.aborted) cancel()
  else signal.addEventListener('abort', cancel, { once: true })
  return () => { signal.removeEventListener('abort', cancel) }
}

async function * readAll (c: Readable, signal: AbortSignal, statusOf: (err: ServiceError) => CallStatus): AsyncGenerator<Reply, void, undefined> {
  const detach = cancelOnAbort(signal, c)
  try {
    for await (const data of c) yield { payload: { data } }
    yield { status: OK }
  } catch (err) {
    yield { status: statusOf(err as ServiceError) }
  } finally {
    detach()
    c.cancel()
  }
}

interface Writable {
  write: (b: Buffer) => boolean
  end: () => void
  once: (event: 'drain', fn: () => void) => unknown
  cancel: () => void
}

/** Feeds the request stream into the local call; a failing source cancels it. */
async function writeAll (c: Writable, requests: AsyncIterable<Uint8Array> | undefined): Promise<void> {
  try {
    for await (const data of requests ?? []) {
      if (!c.write(raw(data))) await new Promise<void>(resolve => c.once('drain', resolve))
    }
    c.end()
  } catch {
    c.cancel()
  }
}
