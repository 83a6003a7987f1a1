import { configureLogging, loggingSettings } from '@ipfscluster/chassis'
import { codec } from '@ipfscluster/proto'
import { createHash } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { CID } from 'multiformats/cid'
import * as Digest from 'multiformats/hashes/digest'
import { EntryKind, type Entry } from '../../src/raft/types.js'

const ops = codec('ipfscluster.types.v1.Op')

/** A fresh temporary folder; remove it with {@link removeTemp}. */
export function tempDir (): string {
  return mkdtempSync(join(tmpdir(), 'storage-'))
}

export function removeTemp (dir: string): void {
  rmSync(dir, { recursive: true, force: true })
}

/** CIDv1 raw of sha256(seed). */
export function cidOf (seed: string | number): CID {
  return CID.createV1(0x55, Digest.create(0x12, createHash('sha256').update(String(seed)).digest()))
}

/** An encoded PIN or UNPIN op. */
export function op (type: 'OP_TYPE_PIN' | 'OP_TYPE_UNPIN', seed: string | number, name = ''): Uint8Array {
  return new Uint8Array(ops.encode({
    type,
    pin: { cid: cidOf(seed).bytes, type: 'PIN_TYPE_PIN', max_depth: -1, replication_factor_min: -1, replication_factor_max: -1, name, timestamp: 1714557600123 }
  }))
}

/** COMMAND entries lo..hi (inclusive) at `term`, each pinning CID `index`. */
export function entries (lo: number, hi: number, term: number): Entry[] {
  const out: Entry[] = []
  for (let i = lo; i <= hi; i++) out.push({ index: i, term, kind: EntryKind.COMMAND, data: op('OP_TYPE_PIN', i) })
  return out
}

/** Collects the log lines written while `fn` runs (logging restored afterwards). */
export function captureLogs<T> (fn: () => T): { result: T, lines: string[] } {
  const { lines, restore } = capture()
  try {
    return { result: fn(), lines }
  } finally {
    restore()
  }
}

/** {@link captureLogs} until the promise of `fn` settles. */
export async function captureAsync<T> (fn: () => Promise<T>): Promise<{ result: T, lines: string[] }> {
  const { lines, restore } = capture()
  try {
    return { result: await fn(), lines }
  } finally {
    restore()
  }
}

function capture (): { lines: string[], restore: () => void } {
  const before = loggingSettings()
  const lines: string[] = []
  configureLogging({ ...before, write: line => lines.push(line) })
  return { lines, restore: () => configureLogging(before) }
}
