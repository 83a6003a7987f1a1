/**
 * The tracker's durable progress, `<folder>/pintracker/applied.json`: the
 * last applied index it has acted on (it resumes `WatchApplied` at the next
 * one, so a restart of either side neither skips nor repeats an op) and the
 * CIDs whose IPFS unpin was not finished yet (an unpin is the one effect the
 * shared state cannot tell again: the pin is gone from it).
 *
 * Each save writes a temp file, fsyncs it, renames it over the old one and
 * fsyncs the folder: a crash leaves the old or the new file, never a torn one.
 * Saves are coalesced: while one is on disk, changes only mark the progress
 * dirty and the next write takes the latest.
 */
import { mkdir, readFile, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { logger } from '@ipfscluster/chassis'
import { replaceFile } from './durable-file.js'

const log = logger('pintracker')

export interface AppliedProgress {
  /** Last applied log index acted on; 0 = nothing yet. */
  appliedIndex: number
  /** Binary CIDs whose unpin is queued, running or failed. */
  pendingUnpins: Uint8Array[]
}

interface FileForm {
  applied_index: string
  pending_unpins: string[]
}

/** The folder of the tracker's progress and pinned journal. */
export const TRACKER_FOLDER = 'pintracker'

/**
 * Forgets the tracker's progress and pinned journal (`state cleanup`,
 * `state import`: the new log starts over, so a saved index would skip its
 * first entries). The next start replays the whole log and, like the
 * original, leaves alone what IPFS holds from before.
 */
export async function forgetTrackerProgress (folder: string): Promise<void> {
  await rm(join(folder, TRACKER_FOLDER), { recursive: true, force: true })
}

export class AppliedFile {
  private readonly dir: string
  private readonly file: string
  private dirty = false
  private loop: Promise<void> | undefined

  /** @param snapshot - the progress to write, read when a write starts */
  constructor (folder: string, private readonly snapshot: () => AppliedProgress) {
    this.dir = join(folder, TRACKER_FOLDER)
    this.file = join(this.dir, 'applied.json')
  }

  /** The saved progress; nothing saved yet → index 0, no unpins. An unreadable file is reported and treated as absent (the tracker then replays the whole log: safe, ops are idempotent). */
  async load (): Promise<AppliedProgress> {
    let text: string
    try {
      text = await readFile(this.file, 'utf8')
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { appliedIndex: 0, pendingUnpins: [] }
      throw err
    }
    try {
      const json = JSON.parse(text) as FileForm
      const appliedIndex = Number(json.applied_index)
      if (!Number.isSafeInteger(appliedIndex) || appliedIndex < 0 || !Array.isArray(json.pending_unpins)) throw new Error('unexpected content')
      return { appliedIndex, pendingUnpins: json.pending_unpins.map(c => Buffer.from(c, 'base64')) }
    } catch (err) {
      log.error('unreadable pin tracker progress file; replaying the whole log', { file: this.file, err: (err as Error).message })
      return { appliedIndex: 0, pendingUnpins: [] }
    }
  }

  /** Notes that the progress changed: one write loop saves the latest, so a burst of changes makes one or two writes. */
  changed (): void {
    this.dirty = true
    this.loop ??= this.drain()
  }

  /** Resolves once every change noted so far is durable. */
  async flush (): Promise<void> {
    this.changed()
    while (this.loop !== undefined) await this.loop
  }

  private async drain (): Promise<void> {
    try {
      while (this.dirty) {
        this.dirty = false
        await this.write(this.snapshot())
      }
    } catch (err) {
      // The next change tries again; until then a restart replays a little more (ops are idempotent).
      log.error('cannot save the pin tracker progress', { file: this.file, err: (err as Error).message })
    } finally {
      this.loop = undefined
    }
  }

  private async write (p: AppliedProgress): Promise<void> {
    const form: FileForm = {
      applied_index: String(p.appliedIndex),
      pending_unpins: p.pendingUnpins.map(c => Buffer.from(c).toString('base64'))
    }
    await mkdir(this.dir, { recursive: true, mode: 0o700 })
    await replaceFile(this.file, JSON.stringify(form) + '\n')
  }
}
