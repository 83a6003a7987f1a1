/**
 * A Kubo `add` body (multipart/form-data, rest-api.md §5.2) as add entries:
 * one per part, in order, the file's content streamed from the request. Part
 * file names carry the relative path, query-escaped by the Go client.
 */
import type { IncomingMessage } from 'node:http'
import { Busboy } from '@fastify/busboy'
import type { AddEntry } from '../adder/adder.js'
import { Channel } from '../adder/channel.js'
import { ProxyHttpError } from './intercept.js'

/** `a%2Fb+c` → `a/b c` (Go's url.QueryEscape), left as is when it does not decode. */
function unescapePath (name: string): string {
  try {
    return decodeURIComponent(name.replaceAll('+', ' '))
  } catch {
    return name
  }
}

/** @throws ProxyHttpError 400 when the request is not multipart. */
export function multipartEntries (req: IncomingMessage): AsyncIterable<AddEntry> {
  const type = req.headers['content-type'] ?? ''
  if (!/^multipart\/(form-data|mixed)/i.test(type)) throw new ProxyHttpError(400, "request Content-Type isn't multipart/form-data")
  if (!/boundary=/i.test(type)) throw new ProxyHttpError(400, 'no multipart boundary param in Content-Type')
  const entries = new Channel<AddEntry>()
  const busboy = new Busboy({ headers: { ...req.headers, 'content-type': type.replace(/^multipart\/mixed/i, 'multipart/form-data') }, preservePath: true, isPartAFile: () => true })
  busboy.on('file', (_field, stream, filename, _encoding, mimeType) => {
    const path = unescapePath(filename ?? '')
    if (mimeType === 'application/x-directory') {
      stream.resume()
      entries.push({ path, kind: 'directory' })
    } else {
      entries.push({ path, kind: mimeType === 'application/symlink' ? 'symlink' : 'file', content: stream })
    }
  })
  busboy.once('finish', () => { entries.close() })
  busboy.once('error', (err: Error) => { entries.close(new ProxyHttpError(400, `error reading the multipart body: ${err.message}`)) })
  req.pipe(busboy)
  return entries
}
