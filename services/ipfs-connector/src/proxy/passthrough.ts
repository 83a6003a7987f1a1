/**
 * Forwards a request the proxy does not intercept to the daemon, verbatim and
 * streamed both ways (ipfs.md §2.1): method, path, query, headers and body
 * in; status, headers, body and trailers out. `add`, `cat` and `get` can be
 * large, so nothing is buffered.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import { sendIpfsError } from './responses.js'
import { endToEnd, type Upstream } from './upstream.js'

/** Relays `req` to the daemon and its answer to `res`; 502 when the daemon cannot be reached. */
export async function passthrough (upstream: Upstream, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const aborted = new AbortController()
  res.once('close', () => { if (!res.writableFinished) aborted.abort() })
  let answer: IncomingMessage
  try {
    answer = await upstream.request(req.method ?? 'POST', req.url ?? '/', endToEnd(req.headers), req, aborted.signal)
  } catch (err) {
    sendIpfsError(res, 502, `error forwarding request: ${(err as Error).message}`)
    return
  }
  res.writeHead(answer.statusCode ?? 502, answer.statusMessage, endToEnd(answer.headers))
  res.flushHeaders()
  await new Promise<void>(resolve => {
    answer.pipe(res, { end: false })
    answer.once('end', () => {
      if (Object.keys(answer.trailers).length > 0) res.addTrailers(answer.trailers as Record<string, string>)
      res.end()
      resolve()
    })
    answer.once('error', () => {
      res.destroy()
      resolve()
    })
  })
}
