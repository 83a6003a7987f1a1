/**
 * The CIDs this tracker has pinned in IPFS, `<folder>/pintracker/pinned.log`:
 * one line per change (`+<base64 cid>` pinned, `-<base64 cid>` unpinned),
 * appended in batches with an fsync, rewritten whole (temp file, fsync,
 * rename) once it holds more than twice the live set. After a restart the
 * start-up state sync unpins those the shared state no longer holds — the
 * unpins a compacted log cannot replay — while pins IPFS has for other
 * reasons (the user's own) are never touched.
 */
import { mkdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { logger } from '@ipfscluster/chassis'
import { TRACKER_FOLDER } from './applied-file.js'
import { replaceFile, writeSynced } from './durable-file.js'

const log = logger('pintracker')

export class PinnedJournal {
  /** CID keys (latin1 strings of the bytes, as `cidKey`). */
  readonly keys = new Set<string>()
  private readonly dir: string
  private readonly file: string
  private pending: string[] = []
  private lines = 0
  private torn = false
  private loop: Promise<void> | undefined

  constructor (folder: string) {
    this.dir = join(folder, TRACKER_FOLDER)
    this.file = join(this.dir, 'pinned.log')
  }

  /** Reads the journal; a torn last line (crash during an append) is ignored. */
  async load (): Promise<void> {
    let text: string
    try {
      text = await readFile(this.file, 'latin1')
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return
      throw err
    }
    const lines = text.split('\n')
    // Every complete line ends in a newline: what follows the last one is a torn append, replaced by the next write.
    if (lines.pop() !== '') this.torn = true
    for (const line of lines) {
      if (line.length < 2) continue
      const key = Buffer.from(line.slice(1), 'base64').toString('latin1')
      if (line[0] === '+') this.keys.add(key)
      else if (line[0] === '-') this.keys.delete(key)
      this.lines++
    }
  }

  add (key: string): void {
    if (this.keys.has(key)) return
    this.keys.add(key)
    this.append('+', key)
  }

  delete (key: string): void {
    if (!this.keys.delete(key)) return
    this.append('-', key)
  }

  /** Resolves once every change so far is on disk. */
  async flush (): Promise<void> {
    while (this.loop !== undefined) await this.loop
  }

  private append (sign: string, key: string): void {
    this.pending.push(sign + Buffer.from(key, 'latin1').toString('base64') + '\n')
    this.loop ??= this.drain()
  }

  private async drain (): Promise<void> {
    try {
      await mkdir(this.dir, { recursive: true, mode: 0o700 })
      while (this.pending.length > 0) {
        const batch = this.pending
        this.pending = []
        if (this.torn || this.lines + batch.length > 2 * this.keys.size + 1000) await this.rewrite()
        else {
          await writeSynced(this.file, 'a', batch.join(''), 'latin1')
          this.lines += batch.length
        }
      }
    } catch (err) {
      log.error('cannot write the pinned journal', { file: this.file, err: (err as Error).message })
    } finally {
      this.loop = undefined
    }
  }

  /** The whole live set in a new file, swapped in atomically. */
  private async rewrite (): Promise<void> {
    const text = [...this.keys].map(k => '+' + Buffer.from(k, 'latin1').toString('base64') + '\n').join('')
    await replaceFile(this.file, text, 'latin1')
    this.lines = this.keys.size
    this.torn = false
  }
}
