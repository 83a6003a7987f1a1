/**
 * Start-up scan of the WAL segments (consensus.md §8.1): every frame is
 * checked; a torn or checksum-bad tail of the newest segment is cut back to
 * its last commit frame, anything bad before that refuses the start.
 */
import { logger } from '@ipfscluster/chassis'
import { join } from 'node:path'
import { decodeEntry } from './entry-codec.js'
import { LogCorruptedError } from './errors.js'
import type { FileLayer } from './file-layer.js'
import { FrameType, decodeCommit, nextCommitEnd, readFrame } from './frames.js'

const log = logger('raft')

/** One segment file as found on disk, after repair. */
export interface ScannedSegment {
  name: string
  /** Index of its first entry (from the name). */
  first: number
  /** Bytes of whole batches in it (the file is cut to this). */
  size: number
}

/** What the WAL holds after recovery: entries walFirst … walFirst + terms.length − 1. */
export interface WalContents {
  segments: ScannedSegment[]
  /** Index of the first entry (0 when the WAL is empty). */
  first: number
  /** Term of each entry, in index order. */
  terms: number[]
  /** Byte offset of each entry's frame in its segment. */
  offsets: number[]
  /** Highest commit index recorded by a commit frame (advisory). */
  commit: number
}

const SEGMENT_NAME = /^(\d{20})\.seg$/

/** The segment file name of a segment starting at `first`. */
export function segmentName (first: number): string {
  return `${String(first).padStart(20, '0')}.seg`
}

/**
 * Scans and repairs the segments in `dir`.
 * @throws LogCorruptedError when a frame before the tail is bad or entries are out of order.
 */
export function recoverWal (files: FileLayer, dir: string): WalContents {
  const out: WalContents = { segments: [], first: 0, terms: [], offsets: [], commit: 0 }
  const names = files.list(dir).filter(n => SEGMENT_NAME.test(n))
  names.forEach((name, i) => {
    const isLast = i === names.length - 1
    const buf = files.read(join(dir, name)) ?? Buffer.alloc(0)
    const size = scanSegment(buf, name, isLast, out)
    const path = join(dir, name)
    if (size !== buf.length) {
      log.warn('WAL tail is torn: cut back to the last commit frame', { file: `wal/${name}`, offset: size })
      if (size > buf.length) files.append(path, Buffer.alloc(size - buf.length))
      else files.truncate(path, size)
      files.datasync(path)
    }
    if (size === 0) {
      files.remove(path)
      files.syncDir(dir)
    } else {
      out.segments.push({ name, first: Number(SEGMENT_NAME.exec(name)?.[1]), size })
    }
  })
  return out
}

/** Adds the segment's committed entries to `out`; returns the end of its last whole batch. */
function scanSegment (buf: Buffer, name: string, isLast: boolean, out: WalContents): number {
  let off = 0
  let committedEnd = 0
  const batch: Array<{ index: number, term: number, offset: number }> = []
  let next = out.first === 0 ? 0 : out.first + out.terms.length
  while (off < buf.length) {
    const f = readFrame(buf, off)
    if (!f.ok) {
      if (isLast && inLastBatch(buf, off)) return committedEnd
      throw new LogCorruptedError(name, off, f.detail)
    }
    if (f.type === FrameType.ENTRY) {
      const e = decodeAt(f.payload, name, off)
      if (next !== 0 && e.index !== next) throw new LogCorruptedError(name, off, `entry ${e.index} where ${next} was expected`)
      next = e.index + 1
      batch.push({ index: e.index, term: e.term, offset: off })
    } else {
      if (out.first === 0 && batch.length > 0) out.first = batch[0].index
      for (const b of batch) {
        out.terms.push(b.term)
        out.offsets.push(b.offset)
      }
      batch.length = 0
      out.commit = Math.max(out.commit, decodeCommit(f.payload).commit)
      committedEnd = f.next
    }
    off = f.next
  }
  if (batch.length > 0 && !isLast) throw new LogCorruptedError(name, batch[0].offset, 'batch without a commit frame')
  return committedEnd
}

/**
 * True when at most one commit frame follows `offset`: the damage lies in the
 * newest batch, which was never acknowledged (its sectors may reach the disk
 * in any order before the fdatasync returns), so it is a torn tail.
 */
function inLastBatch (buf: Buffer, offset: number): boolean {
  const end = nextCommitEnd(buf, offset)
  return end < 0 || nextCommitEnd(buf, end) < 0
}

function decodeAt (payload: Buffer, name: string, offset: number): { index: number, term: number } {
  try {
    return decodeEntry(payload)
  } catch (err) {
    throw new LogCorruptedError(name, offset, (err as Error).message)
  }
}
