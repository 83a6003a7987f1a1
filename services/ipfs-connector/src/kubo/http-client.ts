/**
 * The HTTP side of the Kubo RPC API (ipfs.md §1.1): POST to
 * `<origin>/api/v0/<endpoint>?<args>` over one keep-alive agent (TCP or a Unix
 * socket), with a deadline, cancellation, and errors mapped to the
 * connector's classes. Answers are read as JSON, NDJSON or bytes.
 */
import http, { type IncomingMessage } from 'node:http'
import https from 'node:https'
import { AbortError } from '@ipfscluster/chassis'
import type { ApiAddress } from './api-address.js'
import type { DaemonWatch } from './daemon-watch.js'
import { decodeError, httpError, isTransportError, timedOut, unreachable } from './http-errors.js'

/** One call of the API. */
export interface KuboCall {
  /** Path below `/api/v0/`, e.g. `pin/add`. */
  endpoint: string
  /** Query arguments in order; repeated keys allowed. */
  args?: Array<[string, string]>
  /** A request body (multipart for `block/put`). */
  body?: { contentType: string, data: Uint8Array }
  /** Milliseconds for the whole exchange; default the client's `ipfs_request_timeout`; Infinity = none. */
  timeout?: number
  signal?: AbortSignal
  /** Sent even while the daemon is considered unavailable (the readiness probe). */
  probe?: boolean
}

/** A client of one daemon's RPC API. */
export class KuboHttpClient {
  private readonly agent: http.Agent

  constructor (readonly address: ApiAddress, private readonly defaultTimeout: number, private readonly watch?: DaemonWatch) {
    const https_ = address.origin.startsWith('https:')
    this.agent = new (https_ ? https.Agent : http.Agent)({ keepAlive: true, maxSockets: 64, ...(address.socketPath !== undefined ? { socketPath: address.socketPath } : {}) })
  }

  /** Closes idle keep-alive connections. */
  close (): void {
    this.agent.destroy()
  }

  /** The parsed JSON answer. */
  async json<T> (call: KuboCall): Promise<T> {
    const text = new TextDecoder().decode(await this.bytes(call))
    try {
      return JSON.parse(text) as T
    } catch (err) {
      throw decodeError(call.endpoint, (err as Error).message)
    }
  }

  /** The raw answer body. */
  async bytes (call: KuboCall): Promise<Uint8Array> {
    const chunks: Buffer[] = []
    for await (const chunk of this.stream(call)) chunks.push(chunk)
    return Buffer.concat(chunks)
  }

  /** One parsed object per line of an NDJSON answer; a trailing `X-Stream-Error` fails the iteration. */
  async * ndjson<T> (call: KuboCall): AsyncGenerator<T> {
    let rest = ''
    const parse = (line: string): T => {
      try {
        return JSON.parse(line) as T
      } catch (err) {
        throw decodeError(call.endpoint, (err as Error).message)
      }
    }
    for await (const chunk of this.stream(call)) {
      const lines = (rest + chunk.toString('utf8')).split('\n')
      rest = lines.pop() ?? ''
      for (const line of lines) if (line.trim() !== '') yield parse(line)
    }
    if (rest.trim() !== '') yield parse(rest)
  }

  /** The answer body as it arrives; the exchange is cancelled when the consumer stops early. */
  async * stream (call: KuboCall): AsyncGenerator<Buffer> {
    if (call.probe !== true) this.watch?.assertAvailable()
    const timeout = call.timeout ?? this.defaultTimeout
    const controller = new AbortController()
    const timer = Number.isFinite(timeout) ? setTimeout(() => { controller.abort(timedOut(call.endpoint, timeout)) }, timeout) : undefined
    const onAbort = (): void => { controller.abort(call.signal?.reason ?? new AbortError()) }
    if (call.signal?.aborted === true) onAbort()
    call.signal?.addEventListener('abort', onAbort)
    let completed = false
    try {
      const res = await this.send(call, controller.signal)
      if (res.statusCode !== 200) {
        const body = Buffer.concat(await res.toArray()).toString('utf8')
        throw httpError(call.endpoint, res.statusCode ?? 0, body.trim())
      }
      yield * res
      completed = true
      const trailer = res.trailers['x-stream-error']
      if (trailer !== undefined && trailer !== '') throw httpError(call.endpoint, 500, JSON.stringify({ Message: trailer }))
    } catch (err) {
      // our deadline or the caller's cancellation, whatever the socket said about it
      if (controller.signal.aborted) throw controller.signal.reason
      if (isTransportError(err)) {
        this.watch?.transportFailed(err as Error)
        throw unreachable(this.address.multiaddr, err)
      }
      throw err
    } finally {
      clearTimeout(timer)
      call.signal?.removeEventListener('abort', onAbort)
      // a consumer that stopped reading early: drop the exchange
      if (!completed) controller.abort()
    }
  }

  private async send (call: KuboCall, signal: AbortSignal): Promise<IncomingMessage> {
    const query = new URLSearchParams(call.args ?? []).toString()
    const url = `${this.address.origin}/api/v0/${call.endpoint}${query === '' ? '' : '?' + query}`
    const request = url.startsWith('https:') ? https.request : http.request
    return new Promise((resolve, reject) => {
      const req = request(url, {
        method: 'POST',
        agent: this.agent,
        signal,
        headers: call.body === undefined ? { 'content-length': '0' } : { 'content-type': call.body.contentType, 'content-length': String(call.body.data.byteLength) }
      }, resolve)
      req.once('error', reject)
      req.end(call.body?.data)
    })
  }
}
