/**
 * Random and malformed REST requests, seeded so a failing case can be
 * replayed, and the check that an answer is one the API documents. Used
 * against the HTTP layer with a fake core (rest/fuzz.spec.ts) and against
 * a real daemon (e2e-fuzz.spec.ts).
 */
import { CID1, PEER } from './fake-api.js'

/** mulberry32: a seeded generator, so a failing case can be replayed. */
function rng (seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const SEGMENTS = ['id', 'version', 'peers', 'add', 'allocations', 'pins', 'recover', 'ipfs', 'ipns', 'ipld', 'health', 'alerts', 'graph',
  'bandwidth', 'monitor', 'metrics', 'freespace', 'token', 'gc', 'sync', CID1.toString(), PEER, 'Qm', 'bafy', '%00', '%zz', '..', '', 'ü']
const PARAMS = ['local', 'filter', 'cids', 'name', 'mode', 'replication', 'replication-min', 'replication-max', 'shard-size', 'user-allocations',
  'expire-at', 'expire-in', 'meta-x', 'meta-', 'pin-update', 'origins', 'stream-channels', 'format', 'layout', 'chunker', 'hash', 'cid-version',
  'raw-leaves', 'wrap-with-directory', 'shard', 'progress', 'nocopy', 'no-pin', 'x']
const VALUES = ['', 'true', 'false', '1', '-1', '0', 'T', 'yes', 'pin', 'all', 'error,queued', 'pinned,bogus', CID1.toString(), PEER, `${CID1.toString()},x`,
  '2024-05-01T10:00:00Z', 'not-a-time', '1h', '10ms', 'car', 'trickle', 'size-10', '/ip4/1.2.3.4/tcp/1', `/ip4/1.2.3.4/tcp/1/p2p/${PEER}`,
  '18446744073709551616', '%', '%20', 'a,b,,c', '9'.repeat(30)]
const METHODS = ['GET', 'POST', 'DELETE', 'PUT', 'PATCH', 'OPTIONS', 'HEAD', 'FOO', 'get']
const CONTENT_TYPES = ['multipart/form-data; boundary=B', 'multipart/form-data', 'multipart/mixed; boundary="B"', 'application/json',
  'text/plain', 'multipart/form-data; boundary=', 'multipart/form-data; boundary=B; boundary=C', ';;;']


/** Answers that are fine whatever the request: no body to check. */
const SUCCESS_EMPTY = new Set([204, 307, 405])

/** One request: where, and how. */
export interface FuzzRequest { url: string, init: RequestInit }

/** An endless stream of requests to the given base URLs (one with basic auth `alice:secret` is fine). */
export function fuzzRequests (seed: number, bases: readonly string[]): () => FuzzRequest {
  const random = rng(seed)
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]
  const junk = (n: number): string => Array.from({ length: n }, () => String.fromCharCode(32 + Math.floor(random() * 95))).join('')

  function body (): string | undefined {
    switch (Math.floor(random() * 5)) {
      case 0: return undefined
      case 1: return junk(Math.floor(random() * 200))
      case 2: return `--B\r\nContent-Disposition: form-data; name="file"; filename="${junk(5)}"\r\n\r\n${junk(20)}` + (random() < 0.5 ? '\r\n--B--\r\n' : '')
      case 3: return pick(['{"peer_id":"x"}', '{"peer_multiaddress":"/ip4/1.2.3.4"}', 'null', '[]', '{"peer_id":5}', `{"peer_id":"${PEER}"}`])
      default: return '--B\r\n' + junk(50)
    }
  }

  return () => {
    const base = pick(bases)
    const path = '/' + Array.from({ length: Math.floor(random() * 4) + 1 }, () => pick(SEGMENTS)).join('/') + (random() < 0.1 ? '/' : '')
    const query = Array.from({ length: Math.floor(random() * 4) }, () => `${pick(PARAMS)}=${encodeURIComponent(pick(VALUES))}`).join('&')
    const method = pick(METHODS)
    const headers: Record<string, string> = {}
    if (random() < 0.5) headers['Content-Type'] = pick(CONTENT_TYPES)
    if (random() < 0.3) headers.Authorization = pick(['Basic ' + Buffer.from('alice:secret').toString('base64'), 'Basic !!', 'Bearer a.b.c', 'bearer', junk(10)])
    if (random() < 0.2) headers.Origin = pick(['http://a.example', 'null', junk(8)])
    if (random() < 0.1) headers['Access-Control-Request-Method'] = pick(METHODS)
    if (random() < 0.05) headers['X-Junk'] = junk(Math.floor(random() * 12_000))
    const withBody = method !== 'GET' && method !== 'HEAD' && method !== 'get'
    return { url: `${base}${path}${query === '' ? '' : '?' + query}`, init: { method, headers, body: withBody ? body() : undefined, redirect: 'manual' } }
  }
}

/**
 * Sends `count` requests from `next` with `concurrency` in flight; returns
 * the answers that are not documented ones: a 5xx (other than 501 `not
 * implemented`, and those `allow5xx` accepts) or a 4xx without the
 * `{"code","message"}` body.
 */
export async function fuzz (next: () => FuzzRequest, count: number, concurrency: number, allow5xx: (text: string) => boolean = () => false): Promise<string[]> {
  const problems: string[] = []
  let sent = 0
  async function worker (): Promise<void> {
    while (sent < count) {
      sent++
      const { url, init } = next()
      const res = await fetch(url, init)
      const text = await res.text()
      const what = `${init.method ?? ''} ${url} → ${res.status} ${text}`
      if (res.status === 431 || SUCCESS_EMPTY.has(res.status) || (res.status < 400 && res.status !== 200)) continue
      if (res.status === 501) {
        if (text !== '{"code":501,"message":"not implemented"}\n') problems.push(what)
        continue
      }
      if (res.status >= 500 && !allow5xx(text)) { problems.push(what); continue }
      if (res.status >= 400 && init.method !== 'HEAD') {
        let error: Record<string, unknown> = {}
        try { error = JSON.parse(text) } catch { problems.push(what); continue }
        if (Object.keys(error).join() !== 'code,message' || error.code !== res.status || typeof error.message !== 'string') problems.push(what)
      }
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker))
  return problems
}
