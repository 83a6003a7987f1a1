import type { ServerResponse } from 'node:http'
import type { RestApiConfig } from '@ipfscluster/chassis'
import { goJson, type JsonValue } from './encode/json.js'
import { errorText, httpStatusOf } from './http-error.js'
import { sendError, setJsonHeaders } from './respond.js'

/** Trailer that carries errors after the 200 of a stream (rest-api.md §6). */
export const STREAM_ERROR = 'X-Stream-Error'

/**
 * Writes an async iterable as NDJSON, one flushed line per item: 204 when it
 * yields nothing, a JSON error when it fails before the first item, else 200
 * and the `X-Stream-Error` trailer (`""` when it ended well). Stops pulling
 * when the client goes away.
 */
export async function sendStream<T> (res: ServerResponse, config: RestApiConfig, items: AsyncIterable<T>, encode: (item: T) => JsonValue): Promise<void> {
  setJsonHeaders(res, config)
  res.setHeader('Trailer', STREAM_ERROR)
  let started = false
  const batch = writeBatcher(res)
  try {
    for await (const item of items) {
      if (res.destroyed) return
      if (!started) {
        res.writeHead(200)
        started = true
      }
      batch()
      await writeLine(res, goJson(encode(item)))
    }
  } catch (err) {
    if (!started) {
      const { status, message } = httpStatusOf(err)
      res.removeHeader('Trailer')
      sendError(res, config, status, message)
      return
    }
    endWithTrailer(res, errorText(err))
    return
  }
  if (!started) {
    // node refuses a Trailer header on a response without a chunked body
    res.removeHeader('Trailer')
    res.writeHead(204).end()
    return
  }
  endWithTrailer(res, '')
}

/**
 * Lines produced in the same turn of the event loop leave in one write (one
 * chunk, one syscall) instead of one each: `res` is corked until the turn
 * ends, so a line is never held back longer than that.
 */
function writeBatcher (res: ServerResponse): () => void {
  let corked = false
  return () => {
    if (corked) return
    corked = true
    res.cork()
    setImmediate(() => {
      corked = false
      res.uncork()
    })
  }
}

/** Writes one line, waiting while the client is slower than the source (or until it goes away). */
export async function writeLine (res: ServerResponse, line: string): Promise<void> {
  if (res.write(line) || res.destroyed) return
  await new Promise<void>(resolve => {
    const done = (): void => { res.off('drain', done); res.off('close', done); resolve() }
    res.on('drain', done)
    res.on('close', done)
  })
}

/** Ends a started stream, reporting `error` (`''` = none) in the trailer. */
export function endWithTrailer (res: ServerResponse, error: string): void {
  if (res.destroyed) return
  res.addTrailers({ [STREAM_ERROR]: error })
  res.end()
}
