import { open, readFile, rename } from 'node:fs/promises'
import { join } from 'node:path'
import { multiaddr, type Multiaddr } from '@multiformats/multiaddr'
import { logger } from '@ipfscluster/chassis'
import { peerIdOf } from './addresses.js'

const log = logger('peermgr')

/**
 * The `peerstore` file of the config folder: one multiaddr with
 * `/p2p/<id>` per line; lines not starting with `/` are ignored (v1.x
 * format, config.md §1).
 */
export class PeerstoreFile {
  readonly path: string
  private wanted?: string[]
  private flushing?: Promise<void>

  constructor (folder: string) {
    this.path = join(folder, 'peerstore')
  }

  /** The addresses in the file; none when it does not exist. Unreadable lines are logged and skipped. */
  async read (): Promise<Multiaddr[]> {
    let text: string
    try {
      text = await readFile(this.path, 'utf8')
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return []
      throw err
    }
    const out: Multiaddr[] = []
    for (const line of text.split('\n').map(l => l.trim()).filter(l => l.startsWith('/'))) {
      try {
        const ma = multiaddr(line)
        if (peerIdOf(ma) !== undefined) out.push(ma)
        else log.warn('peerstore: address without /p2p/ ignored', { address: line })
      } catch (err) {
        log.warn('peerstore: unreadable address ignored', { address: line, err: (err as Error).message })
      }
    }
    return out
  }

  /**
   * Replaces the file with `addresses`, atomically (temp file, fsync,
   * rename), so a kill -9 at any time leaves the old or the new content.
   * Calls made while a write runs are folded into one more write of the
   * latest addresses; the promise resolves once they are on disk.
   */
  async write (addresses: string[]): Promise<void> {
    this.wanted = addresses
    this.flushing ??= this.flush()
    return this.flushing
  }

  private async flush (): Promise<void> {
    try {
      for (let next = this.wanted; next !== undefined; next = this.wanted) {
        this.wanted = undefined
        const tmp = `${this.path}.tmp`
        const file = await open(tmp, 'w', 0o600)
        try {
          await file.writeFile(next.map(a => a + '\n').join(''))
          await file.sync()
        } finally {
          await file.close()
        }
        await rename(tmp, this.path)
      }
    } finally {
      // Cleared in the same turn as the last check of `wanted`: a later write starts a new flush.
      this.flushing = undefined
    }
  }
}
