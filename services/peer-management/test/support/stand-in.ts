import { mkdir, rm } from 'node:fs/promises'
import { dirname } from 'node:path'
import {
  Server, ServerCredentials, type Metadata, type sendUnaryData, type ServerReadableStream,
  type ServerUnaryCall, type ServerWritableStream
} from '@grpc/grpc-js'

/** What a stand-in method saw of one call. */
export interface SeenCall {
  path: string
  request: Buffer
  metadata: Metadata
}

const raw = (b: Buffer): Buffer => b

/**
 * A gRPC server on a Unix socket answering with raw bytes, standing in for
 * a local service behind a peer (its supervisor or consensus): the relay
 * never decodes payloads, so neither does this.
 */
export class StandIn {
  readonly seen: SeenCall[] = []
  private readonly server = new Server()

  private readonly record: boolean

  /** @param options.record - keep every call in `seen` (default; a benchmark's many calls would only grow the heap) */
  constructor (options: { record?: boolean } = {}) {
    this.record = options.record ?? true
  }

  /** Serves a unary method; `handle` returns (or resolves to) the reply bytes. */
  unary (path: string, handle: (request: Buffer, metadata: Metadata) => Buffer | Promise<Buffer>): this {
    this.server.register(path, (call: ServerUnaryCall<Buffer, Buffer>, callback: sendUnaryData<Buffer>) => {
      if (this.record) this.seen.push({ path, request: call.request, metadata: call.metadata })
      Promise.resolve(handle(call.request, call.metadata)).then(reply => { callback(null, reply) }, (err: Error) => { callback(err) })
    }, raw, raw, 'unary')
    return this
  }

  /** Serves a server-streaming method answering `replies(request)`. */
  serverStream (path: string, replies: (request: Buffer) => Buffer[]): this {
    this.server.register(path, (call: ServerWritableStream<Buffer, Buffer>) => {
      this.seen.push({ path, request: call.request, metadata: call.metadata })
      for (const r of replies(call.request)) call.write(r)
      call.end()
    }, raw, raw, 'serverStream')
    return this
  }

  /** Serves a client-streaming method: `handle` gets every request message and returns the reply. */
  clientStream (path: string, handle: (requests: Buffer[]) => Buffer): this {
    this.server.register(path, (call: ServerReadableStream<Buffer, Buffer>, callback: sendUnaryData<Buffer>) => {
      const requests: Buffer[] = []
      call.on('data', (b: Buffer) => { requests.push(b) })
      call.on('end', () => {
        this.seen.push({ path, request: Buffer.concat(requests), metadata: call.metadata })
        callback(null, handle(requests))
      })
    }, raw, raw, 'clientStream')
    return this
  }

  /** Serves a client-streaming method delivering each message to `onMessage` as it arrives (Raft's long-lived streams); replies empty at the end. */
  clientStreamLive (path: string, onMessage: (request: Buffer) => void): this {
    this.server.register(path, (call: ServerReadableStream<Buffer, Buffer>, callback: sendUnaryData<Buffer>) => {
      call.on('data', onMessage)
      call.on('end', () => { callback(null, Buffer.alloc(0)) })
    }, raw, raw, 'clientStream')
    return this
  }

  async listen (socket: string): Promise<this> {
    await mkdir(dirname(socket), { recursive: true, mode: 0o700 })
    await rm(socket, { force: true })
    await new Promise<void>((resolve, reject) => {
      this.server.bindAsync(`unix://${socket}`, ServerCredentials.createInsecure(), err => { if (err === null) resolve(); else reject(err) })
    })
    return this
  }

  close (): void {
    this.server.forceShutdown()
  }
}
