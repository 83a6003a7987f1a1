/**
 * Which snapshot a node starts from (consensus.md §8.2, original #424): the
 * newest by (term, index) whose state.bin matches its checksum and that fits
 * the log — the log holds its index with the same term, or starts right
 * after it, or is empty. A stale higher-term snapshot fails the last test.
 */
import { logger } from '@ipfscluster/chassis'
import { SnapshotCorruptedError } from './errors.js'
import type { SnapshotStore } from './snapshot-store.js'
import type { StoredSnapshot } from './snapshot-meta.js'
import type { Wal } from './wal.js'

const log = logger('raft')

/** A usable snapshot with its verified state file content. */
export interface SelectedSnapshot {
  stored: StoredSnapshot
  state: Buffer
}

/** Why the snapshot does not fit the log, or undefined when it does. */
function misfit (s: StoredSnapshot, wal: Wal): string | undefined {
  const { index, term } = s.meta
  if (wal.firstIndex === 0 || wal.firstIndex === index + 1) return undefined
  if (wal.firstIndex > index + 1) return `the log starts at ${wal.firstIndex}, after a gap`
  if (index > wal.lastIndex) return `the log ends at ${wal.lastIndex}`
  const logTerm = wal.termAt(index)
  return logTerm === term ? undefined : `the log has term ${logTerm} at index ${index}`
}

/**
 * The snapshot to start from, or undefined when none is usable and the log
 * can stand alone (it is empty or starts at index 1). Each rejected snapshot
 * is logged at ERROR.
 * @throws SnapshotCorruptedError when the log needs a snapshot and none is usable.
 */
export function selectSnapshot (snaps: SnapshotStore, wal: Wal): SelectedSnapshot | undefined {
  for (const name of snaps.names()) {
    try {
      const stored = snaps.read(name)
      const why = misfit(stored, wal)
      if (why !== undefined) throw new SnapshotCorruptedError(`${name}: inconsistent with the log: ${why}`)
      return { stored, state: snaps.state(stored) }
    } catch (err) {
      if (!(err instanceof SnapshotCorruptedError)) throw err
      log.error('skipping unusable snapshot', { snapshot: name, err })
    }
  }
  if (wal.firstIndex > 1) {
    throw new SnapshotCorruptedError(`no usable snapshot for a log starting at index ${wal.firstIndex}; run "ipfs-cluster-service state cleanup" and rejoin`)
  }
  return undefined
}
