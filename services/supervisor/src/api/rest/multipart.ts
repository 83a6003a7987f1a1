import type { IncomingMessage } from 'node:http'
import type { Readable } from 'node:stream'
import { InvalidParametersError } from '@ipfscluster/chassis'
import busboy from 'busboy'
import type { AddPart } from './cluster-api.js'
import { badRequest, errorText } from './http-error.js'

/**
 * The body's media type check of Go's `Request.MultipartReader` (mixed
 * allowed); returns the Content-Type busboy should parse with.
 * @throws HttpError 400 `request Content-Type isn't multipart/form-data` / `no multipart boundary param in Content-Type`
 */
export function multipartContentType (header: string | undefined): string {
  const [type = '', ...params] = (header ?? '').split(';')
  const mediaType = type.trim().toLowerCase()
  if (mediaType !== 'multipart/form-data' && mediaType !== 'multipart/mixed') {
    throw badRequest("request Content-Type isn't multipart/form-data")
  }
  const boundary = params.map(p => /^\s*boundary\s*=\s*(?:"([^"]*)"|(\S+))\s*$/i.exec(p)).find(m => m !== null)
  const value = boundary?.[1] ?? boundary?.[2] ?? ''
  if (value === '') throw badRequest('no multipart boundary param in Content-Type')
  // busboy only knows form-data; the framing of multipart/mixed is the same
  return `multipart/form-data; boundary="${value}"`
}

const broken = (err: unknown): InvalidParametersError =>
  new InvalidParametersError(`error reading multipart body: ${errorText(err)}`)

function kindOf (mimeType: string): AddPart['kind'] {
  if (mimeType === 'application/x-directory') return 'directory'
  return mimeType === 'application/symlink' ? 'symlink' : 'file'
}

/** Go clients query-escape file names (`/` → `%2F`, space → `+`). */
function unescapeName (name: string): string {
  try { return decodeURIComponent(name.replace(/\+/g, ' ')) } catch { return name }
}

async function * content (stream: Readable): AsyncIterable<Uint8Array> {
  try {
    for await (const chunk of stream) yield chunk as Uint8Array
  } catch (err) {
    throw broken(err)
  }
}

type PartEvent = { part: AddPart, stream: Readable } | { error: unknown } | { end: true }

/**
 * The parts of a multipart body in order. Moving to the next part drains
 * what was left of the previous one; a malformed body throws
 * `InvalidParametersError`; stopping early discards the rest of the body.
 */
export async function * multipartParts (req: IncomingMessage, contentType: string): AsyncIterable<AddPart> {
  let parser: busboy.Busboy
  try {
    parser = busboy({ headers: { 'content-type': contentType }, preservePath: true })
  } catch (err) {
    throw broken(err)
  }
  const events: PartEvent[] = []
  let wake: (() => void) | undefined
  const push = (e: PartEvent): void => { events.push(e); wake?.() }
  parser.on('file', (_name, stream, info) => {
    // errors also reach the reader through the parser; an unread part must not crash the process
    stream.on('error', () => {})
    push({ part: { path: unescapeName(info.filename ?? ''), kind: kindOf(info.mimeType), content: content(stream) }, stream })
  })
  parser.on('error', error => { push({ error }) })
  parser.on('close', () => { push({ end: true }) })
  req.on('error', error => { push({ error }) })
  req.pipe(parser)
  let previous: Readable | undefined
  let done = false
  try {
    while (true) {
      previous?.resume()
      while (events.length === 0) await new Promise<void>(resolve => { wake = resolve })
      const event = events.shift() as PartEvent
      if ('error' in event) throw broken(event.error)
      if ('end' in event) break
      previous = event.stream
      yield event.part
    }
    done = true
  } finally {
    if (!done) {
      req.unpipe(parser)
      req.resume()
    }
  }
}
