/**
 * The `stable` file: current term, vote and (advisory) commit index as one
 * JSON line followed by its crc32c in hex. Replaced atomically: written to
 * `stable.tmp`, fdatasync, renamed over `stable`, folder fsync — a crash at
 * any point leaves either the old or the new value.
 */
import { crc32c } from '@node-rs/crc32'
import { basename, dirname } from 'node:path'
import type { HardState } from '../raft/types.js'
import { StableStoreCorruptedError } from './errors.js'
import { writeFileDurably, type FileLayer } from './file-layer.js'

const EMPTY: HardState = Object.freeze({ term: 0, vote: null, commit: 0 })

/** Reads the hard state; {term: 0, vote: null, commit: 0} when the file does not exist. */
export function readStable (files: FileLayer, path: string): HardState {
  const text = files.read(path)?.toString('utf8')
  if (text === undefined) return EMPTY
  const [body, crc] = text.split('\n')
  if (crc === undefined || crc32c(body).toString(16).padStart(8, '0') !== crc) {
    throw new StableStoreCorruptedError(`${basename(path)}: checksum mismatch`)
  }
  const v = JSON.parse(body) as Partial<HardState>
  if (typeof v.term !== 'number' || typeof v.commit !== 'number' || (v.vote !== null && typeof v.vote !== 'string')) {
    throw new StableStoreCorruptedError(`${basename(path)}: malformed content`)
  }
  return { term: v.term, vote: v.vote ?? null, commit: v.commit }
}

/** Persists the hard state; durable when this returns. */
export function writeStable (files: FileLayer, path: string, hs: HardState): void {
  const body = JSON.stringify({ term: hs.term, vote: hs.vote, commit: hs.commit })
  const tmp = `${path}.tmp`
  writeFileDurably(files, tmp, Buffer.from(`${body}\n${crc32c(body).toString(16).padStart(8, '0')}\n`))
  files.rename(tmp, path)
  files.syncDir(dirname(path))
}
