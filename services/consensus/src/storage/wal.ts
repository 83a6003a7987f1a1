/**
 * The segmented write-ahead log (consensus.md §8.1): append-only 64 MiB
 * segments named by their first index, frames from frames.ts, one commit frame
 * closing each batch, fdatasync per batch. It knows every entry's term and
 * position; the entries themselves are read back from disk on demand.
 */
import { join } from 'node:path'
import type { Entry } from '../raft/types.js'
import { decodeEntry, encodeEntry } from './entry-codec.js'
import { LogCorruptedError } from './errors.js'
import type { FileLayer } from './file-layer.js'
import { FrameType, HEADER_BYTES, encodeCommit, encodeFrame, frameSize, readFrame } from './frames.js'
import { recoverWal, segmentName, type ScannedSegment } from './wal-recovery.js'

/** Segment size limit (a batch is never split, so a segment may pass it by one batch). */
export const SEGMENT_BYTES = 64 * 1024 * 1024

export interface WalOptions {
  /** Segment size limit in bytes; tests use small ones. */
  segmentBytes?: number
}

export class Wal {
  /** Index of the first entry; 0 when the WAL is empty. */
  private first: number
  private readonly terms: number[]
  /** Frame offset of each entry in its segment; NaN while not yet written. */
  private readonly offsets: number[]
  /** Encoded frames appended since the last sync, one per entry. */
  private pending: Buffer[] = []
  private commit: number
  private readonly segmentBytes: number

  private constructor (private readonly files: FileLayer, private readonly dir: string, private readonly segments: ScannedSegment[],
    contents: { first: number, terms: number[], offsets: number[], commit: number }, options: WalOptions) {
    this.first = contents.first
    this.terms = contents.terms
    this.offsets = contents.offsets
    this.commit = contents.commit
    this.segmentBytes = options.segmentBytes ?? SEGMENT_BYTES
  }

  /**
   * Opens (creating) the WAL in `dir`, repairing a torn tail.
   * @throws LogCorruptedError for damage before the tail.
   */
  static open (files: FileLayer, dir: string, options: WalOptions = {}): Wal {
    files.mkdir(dir)
    const c = recoverWal(files, dir)
    return new Wal(files, dir, c.segments, c, options)
  }

  /** Index of the first entry, 0 when empty. */
  get firstIndex (): number {
    return this.first
  }

  /** Index of the last entry (synced or not), 0 when empty. */
  get lastIndex (): number {
    return this.first === 0 ? 0 : this.first + this.terms.length - 1
  }

  /** Commit index found in the newest commit frame at open, or last synced. */
  get recordedCommit (): number {
    return this.commit
  }

  /** Term of an entry held by the WAL (firstIndex ≤ index ≤ lastIndex). */
  termAt (index: number): number {
    return this.terms[index - this.first]
  }

  /** Reads a synced entry back from its segment. */
  read (index: number): Entry {
    const offset = this.offsets[index - this.first]
    if (Number.isNaN(offset)) throw new Error(`wal: entry ${index} is not written yet`)
    const seg = this.segmentOf(index)
    const path = join(this.dir, seg.name)
    const length = this.files.readRange(path, offset, HEADER_BYTES).readUInt32LE(0)
    const f = readFrame(this.files.readRange(path, offset, frameSize(length)), 0)
    if (!f.ok || f.type !== FrameType.ENTRY) throw new LogCorruptedError(seg.name, offset, f.ok ? 'not an entry frame' : f.detail)
    return decodeEntry(f.payload)
  }

  /** Queues entries continuing the log (lastIndex + 1, or anywhere when empty); durable at {@link Wal.sync}. */
  append (entries: readonly Entry[]): void {
    for (const e of entries) {
      if (this.first === 0) this.first = e.index
      else if (e.index !== this.lastIndex + 1) throw new Error(`wal: append of ${e.index} after ${this.lastIndex}`)
      this.terms.push(e.term)
      this.offsets.push(NaN)
      this.pending.push(encodeFrame(FrameType.ENTRY, encodeEntry(e)))
    }
  }

  /** Writes the queued entries and a commit frame recording `commit`, then fdatasyncs. No-op when nothing is queued. */
  sync (commit: number): void {
    if (this.pending.length === 0) return
    const firstPending = this.lastIndex - this.pending.length + 1
    const frames = [...this.pending, encodeCommit(this.lastIndex, commit)]
    const bytes = frames.reduce((n, f) => n + f.length, 0)
    let seg = this.segments.at(-1)
    const fresh = seg === undefined || (seg.size > 0 && seg.size + bytes > this.segmentBytes)
    if (fresh) {
      seg = { name: segmentName(firstPending), first: firstPending, size: 0 }
      this.segments.push(seg)
    }
    const s = seg as ScannedSegment
    let at = s.size
    this.pending.forEach((f, i) => {
      this.offsets[firstPending - this.first + i] = at
      at += f.length
    })
    const path = join(this.dir, s.name)
    this.files.append(path, Buffer.concat(frames))
    this.files.datasync(path)
    if (fresh) this.files.syncDir(this.dir)
    s.size += bytes
    this.pending = []
    this.commit = commit
  }

  /** Removes entries ≥ index durably (cut, new commit frame, fdatasync, folder fsync) before returning. */
  truncateFrom (index: number): void {
    if (this.first === 0 || index > this.lastIndex) return
    const unsynced = this.lastIndex - this.pending.length + 1
    if (index >= unsynced) {
      this.pending.length = index - unsynced
    } else {
      this.pending = []
      this.cutSegments(Math.max(index, this.first))
    }
    this.terms.length = this.offsets.length = Math.max(0, index - this.first)
    if (this.terms.length === 0) this.first = 0
  }

  /** Deletes whole segments whose entries are all below `index` (the newest segment stays). */
  removeBelow (index: number): void {
    let removed = false
    while (this.segments.length > 1 && this.segments[1].first <= index) {
      const [old] = this.segments.splice(0, 1)
      this.files.remove(join(this.dir, old.name))
      const drop = this.segments[0].first - this.first
      this.terms.splice(0, drop)
      this.offsets.splice(0, drop)
      this.first = this.segments[0].first
      removed = true
    }
    if (removed) this.files.syncDir(this.dir)
  }

  /** Deletes every segment (the log restarts after an installed snapshot). */
  reset (): void {
    for (const s of this.segments) this.files.remove(join(this.dir, s.name))
    this.files.syncDir(this.dir)
    this.segments.length = 0
    this.pending = []
    this.terms.length = this.offsets.length = 0
    this.first = 0
  }

  private cutSegments (index: number): void {
    const at = this.segments.indexOf(this.segmentOf(index))
    for (const s of this.segments.splice(at + 1)) this.files.remove(join(this.dir, s.name))
    const seg = this.segments[at]
    const path = join(this.dir, seg.name)
    if (seg.first === index) {
      this.files.remove(path)
      this.segments.pop()
    } else {
      seg.size = this.offsets[index - this.first]
      this.files.truncate(path, seg.size)
      const commit = encodeCommit(index - 1, Math.min(this.commit, index - 1))
      this.files.append(path, commit)
      seg.size += commit.length
      this.files.datasync(path)
    }
    this.files.syncDir(this.dir)
  }

  private segmentOf (index: number): ScannedSegment {
    let lo = 0
    let hi = this.segments.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (this.segments[mid].first <= index) lo = mid
      else hi = mid - 1
    }
    return this.segments[lo]
  }
}
