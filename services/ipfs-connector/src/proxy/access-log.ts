/**
 * The proxy's access log in Apache common format, to `proxy_log_file` or
 * the `ipfsproxylog` facility (ipfs.md §2.1).
 */
import { createWriteStream, type WriteStream } from 'node:fs'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { logger } from '@ipfscluster/chassis'

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

function clf (d: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0')
  const offset = -d.getTimezoneOffset()
  const zone = `${offset >= 0 ? '+' : '-'}${pad(Math.floor(Math.abs(offset) / 60))}${pad(Math.abs(offset) % 60)}`
  return `${pad(d.getDate())}/${MONTHS[d.getMonth()]}/${d.getFullYear()}:${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())} ${zone}`
}

/** Writes one line per finished request. */
export class AccessLog {
  private readonly file: WriteStream | undefined
  private readonly log = logger('ipfsproxylog')

  constructor (path: string) {
    this.file = path === '' ? undefined : createWriteStream(path, { flags: 'a', mode: 0o600 })
  }

  /** Logs `req` once `res` has finished. */
  track (req: IncomingMessage, res: ServerResponse): void {
    const started = new Date()
    const before = req.socket.bytesWritten
    res.once('finish', () => {
      const size = req.socket.bytesWritten - before
      const line = `${req.socket.remoteAddress ?? '-'} - - [${clf(started)}] "${req.method ?? '-'} ${req.url ?? '-'} HTTP/${req.httpVersion}" ${res.statusCode} ${size > 0 ? size : '-'}`
      if (this.file !== undefined) this.file.write(line + '\n')
      else this.log.info(line)
    })
  }

  async close (): Promise<void> {
    await new Promise<void>(resolve => { if (this.file === undefined) resolve(); else this.file.end(resolve) })
  }
}
