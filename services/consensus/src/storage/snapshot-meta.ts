/**
 * `meta.json` of a snapshot, exactly as consensus.md §8.2 lays it out. The
 * configuration is part of it so offline tools see the peerset (original #302).
 */
import type { SnapshotMeta } from '../raft/types.js'
import { SnapshotCorruptedError } from './errors.js'

/** A snapshot as stored: the Raft metadata plus what identifies and checks its state file. */
export interface StoredSnapshot {
  readonly id: string
  readonly meta: SnapshotMeta
  /** Bytes of state.bin. */
  readonly size: number
  readonly crc32c: number
  readonly stateFormat: number
}

/** The snapshot folder name: `<term>-<index>-<unix ms>`. */
export function snapshotId (meta: SnapshotMeta, ms: number): string {
  return `${meta.term}-${meta.index}-${ms}`
}

/** (term, index, ms) of a snapshot folder name, or undefined for other names. */
export function parseSnapshotId (name: string): [term: number, index: number, ms: number] | undefined {
  const m = /^(\d+)-(\d+)-(\d+)$/.exec(name)
  return m === null ? undefined : [Number(m[1]), Number(m[2]), Number(m[3])]
}

export function encodeSnapshotMeta (s: StoredSnapshot): string {
  return JSON.stringify({
    version: 1,
    id: s.id,
    index: s.meta.index,
    term: s.meta.term,
    configuration: { voters: s.meta.configuration.voters, learners: s.meta.configuration.learners },
    configuration_index: s.meta.configurationIndex,
    size: s.size,
    crc32c: s.crc32c.toString(16).padStart(8, '0'),
    state_format: s.stateFormat
  }) + '\n'
}

const isIds = (v: unknown): v is string[] => Array.isArray(v) && v.every(x => typeof x === 'string')
const isCount = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0

/** @throws SnapshotCorruptedError when the text is not a version-1 meta.json. */
export function decodeSnapshotMeta (text: string): StoredSnapshot {
  let j: Record<string, any>
  try {
    j = JSON.parse(text)
  } catch (err) {
    throw new SnapshotCorruptedError(`meta.json: ${(err as Error).message}`)
  }
  const conf = j.configuration ?? {}
  if (j.version !== 1 || typeof j.id !== 'string' || !isCount(j.index) || !isCount(j.term) || !isIds(conf.voters) ||
    !isIds(conf.learners) || !isCount(j.configuration_index) || !isCount(j.size) || typeof j.crc32c !== 'string' ||
    !/^[0-9a-f]{8}$/.test(j.crc32c) || !isCount(j.state_format)) {
    throw new SnapshotCorruptedError('meta.json: malformed')
  }
  return {
    id: j.id,
    meta: { index: j.index, term: j.term, configuration: { voters: conf.voters, learners: conf.learners }, configurationIndex: j.configuration_index },
    size: j.size,
    crc32c: parseInt(j.crc32c, 16),
    stateFormat: j.state_format
  }
}
