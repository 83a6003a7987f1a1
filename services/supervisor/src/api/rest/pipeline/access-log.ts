import { createWriteStream } from 'node:fs'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { logger } from '@ipfscluster/chassis'

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
const pad = (n: number): string => String(n).padStart(2, '0')

/** `02/Jan/2006:15:04:05 -0700` in local time. */
function clfTime (d: Date): string {
  const off = -d.getTimezoneOffset()
  const zone = `${off < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(off) / 60))}${pad(Math.abs(off) % 60)}`
  return `${pad(d.getDate())}/${MONTHS[d.getMonth()]}/${d.getFullYear()}:${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())} ${zone}`
}

/** Writes one access-log line per request; `close()` flushes and releases the log file. */
export interface AccessLog {
  track: (req: IncomingMessage, res: ServerResponse) => void
  close: () => Promise<void>
}

/**
 * The access log in Apache common log format (rest-api.md §2.1 step 1), to
 * `file` when given, else the `restapilog` facility at info level.
 */
export function accessLog (file: string): AccessLog {
  const stream = file === '' ? undefined : createWriteStream(file, { flags: 'a' })
  const facility = logger('restapilog')
  const emit = (line: string): void => { stream === undefined ? facility.info(line) : stream.write(line + '\n') }
  return {
    track (req, res) {
      const started = new Date()
      let bytes = 0
      const { write, end } = res
      // count body bytes as they are handed to node (the common format's size field)
      const count = (chunk: unknown): void => {
        if (typeof chunk === 'string') bytes += Buffer.byteLength(chunk)
        else if (chunk instanceof Uint8Array) bytes += chunk.length
      }
      res.write = function (this: ServerResponse, chunk: unknown, ...rest: unknown[]) {
        count(chunk)
        return (write as (...a: unknown[]) => boolean).call(this, chunk, ...rest)
      } as typeof res.write
      res.end = function (this: ServerResponse, chunk?: unknown, ...rest: unknown[]) {
        if (typeof chunk !== 'function') count(chunk)
        return (end as (...a: unknown[]) => ServerResponse).call(this, chunk, ...rest)
      } as typeof res.end
      res.once('close', () => {
        const host = req.socket.remoteAddress ?? '-'
        emit(`${host} - - [${clfTime(started)}] "${req.method ?? '-'} ${req.url ?? '-'} HTTP/${req.httpVersion}" ${res.statusCode} ${bytes}`)
      })
    },
    async close () {
      await new Promise<void>(resolve => { stream === undefined ? resolve() : stream.end(resolve) })
    }
  }
}
