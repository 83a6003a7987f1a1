/**
 * The proxy's connection to the IPFS daemon: raw HTTP requests to the same
 * origin (TCP or Unix socket) over one keep-alive agent, bodies streamed.
 */
import http, { type IncomingHttpHeaders, type IncomingMessage } from 'node:http'
import https from 'node:https'
import type { Readable } from 'node:stream'
import type { ApiAddress } from '../kubo/api-address.js'

/** Request headers that belong to one hop and are not forwarded. */
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'proxy-connection', 'transfer-encoding', 'upgrade', 'te', 'host'])

/** The headers of a message without hop-by-hop ones. */
export function endToEnd (headers: IncomingHttpHeaders): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {}
  for (const [k, v] of Object.entries(headers)) if (v !== undefined && !HOP_BY_HOP.has(k)) out[k] = v
  return out
}

/** Sends requests to the daemon's HTTP API. */
export class Upstream {
  private readonly agent: http.Agent
  private readonly secure: boolean

  constructor (readonly address: ApiAddress) {
    this.secure = address.origin.startsWith('https:')
    this.agent = new (this.secure ? https.Agent : http.Agent)({ keepAlive: true, maxSockets: 256, ...(address.socketPath !== undefined ? { socketPath: address.socketPath } : {}) })
  }

  /**
   * Sends `method pathAndQuery` with `headers`, streaming `body` (or none);
   * resolves with the daemon's response as soon as its head arrives.
   */
  async request (method: string, pathAndQuery: string, headers: Record<string, string | string[]>, body?: Readable, signal?: AbortSignal): Promise<IncomingMessage> {
    const send = this.secure ? https.request : http.request
    return new Promise((resolve, reject) => {
      const req = send(this.address.origin + pathAndQuery, { method, headers, agent: this.agent, signal }, resolve)
      req.once('error', reject)
      if (body === undefined) req.end()
      else {
        body.once('error', err => { req.destroy(err) })
        body.pipe(req)
      }
    })
  }

  close (): void {
    this.agent.destroy()
  }
}
