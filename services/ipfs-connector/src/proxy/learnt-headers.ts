/**
 * Headers the daemon would have sent, copied onto intercepted responses so
 * clients cannot tell them apart (ipfs.md §2.1): CORS headers from an
 * `OPTIONS` request on the same path, and `Access-Control-Expose-Headers`
 * plus `proxy_extract_headers_extra` learnt from a POST to
 * `proxy_extract_headers_path`, cached for `proxy_extract_headers_ttl`.
 * Errors talking to the daemon only mean fewer headers.
 */
import type { IncomingMessage } from 'node:http'
import type { Logger } from '@ipfscluster/chassis'
import type { Upstream } from './upstream.js'

const CORS_HEADERS = ['access-control-allow-origin', 'vary', 'access-control-allow-credentials']

/** Collects the daemon's headers for intercepted answers. */
export class LearntHeaders {
  private cache: { headers: Record<string, string>, until: number } | undefined

  constructor (
    private readonly upstream: Upstream | undefined,
    private readonly path: string,
    private readonly extra: string[],
    private readonly ttl: number,
    private readonly log: Logger
  ) {}

  /** Headers for the answer to `req` (on `path`, without the query). */
  async for (req: IncomingMessage, path: string): Promise<Record<string, string>> {
    if (this.upstream === undefined) return {}
    const [learnt, cors] = await Promise.all([this.learnt(), this.cors(req, path)])
    return { ...learnt, ...cors }
  }

  private async learnt (): Promise<Record<string, string>> {
    if (this.cache !== undefined && (this.ttl === 0 || Date.now() < this.cache.until)) return this.cache.headers
    const headers: Record<string, string> = {}
    try {
      const res = await this.upstream!.request('POST', this.path, {}, undefined, AbortSignal.timeout(5000))
      res.resume()
      for (const name of ['access-control-expose-headers', ...this.extra.map(h => h.toLowerCase())]) {
        const value = res.headers[name]
        if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value
      }
      this.cache = { headers, until: Date.now() + this.ttl }
    } catch (err) {
      this.log.debug('could not learn headers from IPFS', { path: this.path, err })
    }
    return headers
  }

  private async cors (req: IncomingMessage, path: string): Promise<Record<string, string>> {
    const origin = req.headers.origin
    // without an Origin the daemon answers no CORS headers: skip the round trip
    if (origin === undefined) return {}
    const headers: Record<string, string> = {}
    try {
      const res = await this.upstream!.request('OPTIONS', path, { origin, 'access-control-request-method': req.method ?? 'POST' }, undefined, AbortSignal.timeout(5000))
      res.resume()
      for (const name of CORS_HEADERS) {
        const value = res.headers[name]
        if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value
      }
    } catch (err) {
      this.log.debug('CORS preflight to IPFS failed', { path, err })
    }
    return headers
  }
}
