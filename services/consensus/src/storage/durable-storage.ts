/**
 * {@link Storage} on disk: the WAL, the stable store and the snapshots of one
 * data folder, plus the pinset rebuilt from the newest usable snapshot.
 *
 * Write side, as the I/O shell drives it for each Ready:
 * `applySnapshot` (follower) → `setHardState` → `append` → `sync` → send the
 * after-persist messages → apply → `advance()`. Every method returns only once
 * what it promises is on disk (the file layer is synchronous).
 */
import { EMPTY_CONFIGURATION } from '../raft/configuration.js'
import { LogCompactedError, LogUnavailableError } from '../raft/errors.js'
import type { Storage } from '../raft/storage.js'
import type { Entry, HardState, SnapshotMeta } from '../raft/types.js'
import { prepareDataFolder, type DataPaths } from './data-folder.js'
import { NodeFileLayer, type FileLayer } from './file-layer.js'
import { PinState } from './pin-state.js'
import { selectSnapshot } from './snapshot-selection.js'
import { SnapshotStore, copyBody } from './snapshot-store.js'
import type { StoredSnapshot } from './snapshot-meta.js'
import { readStable, writeStable } from './stable-store.js'
import { readStateFile, writeStateFile } from './state-file.js'
import { Wal } from './wal.js'

/** Entries kept in memory (consensus.md §10); older ones are read from the WAL. */
export const CACHED_ENTRIES = 512

const NO_SNAPSHOT: SnapshotMeta = Object.freeze({ index: 0, term: 0, configuration: EMPTY_CONFIGURATION, configurationIndex: 0 })

export interface DurableStorageOptions {
  /** File layer; a {@link FaultyFileLayer} in crash tests. Default: `node:fs`. */
  files?: FileLayer
  /** Entries kept behind a snapshot for slow followers (`trailing_logs`, default 10240). */
  trailingLogs?: number
  /** WAL segment size limit in bytes (default 64 MiB). */
  segmentBytes?: number
  /** False: check the snapshot but leave {@link DurableStorage.state} empty (offline tools that only need the log). */
  loadState?: boolean
}

export class DurableStorage implements Storage {
  /** The pinset as of {@link DurableStorage.snapshot}; the shell applies committed entries to it. */
  readonly state = new PinState()
  private hard: HardState
  private stored: StoredSnapshot | undefined
  /** Index and term of the entry just before the first readable one. */
  private baseIndex = 0
  private baseTerm = 0
  /** The newest entries, including every unsynced one; cache[0] has index cacheFirst. */
  private cache: Entry[] = []
  private cacheFirst = 1
  private readonly trailingLogs: number
  private readonly loadState: boolean

  private constructor (readonly files: FileLayer, readonly paths: DataPaths, private readonly wal: Wal,
    private readonly snaps: SnapshotStore, options: DurableStorageOptions) {
    this.trailingLogs = options.trailingLogs ?? 10240
    this.loadState = options.loadState ?? true
    this.hard = readStable(files, paths.stable)
  }

  /**
   * Opens the data folder (creating it), recovers the WAL, selects the
   * snapshot and loads the pinset from it.
   * @throws LogCorruptedError, StableStoreCorruptedError, SnapshotCorruptedError, StateFormatError
   */
  static open (root: string, options: DurableStorageOptions = {}): DurableStorage {
    const files = options.files ?? new NodeFileLayer()
    const paths = prepareDataFolder(files, root)
    const wal = Wal.open(files, paths.wal, { segmentBytes: options.segmentBytes })
    const s = new DurableStorage(files, paths, wal, new SnapshotStore(files, paths.snapshots), options)
    s.load()
    return s
  }

  private load (): void {
    const selected = selectSnapshot(this.snaps, this.wal)
    if (selected !== undefined) {
      this.installState(selected.stored, selected.state)
    }
    const snapIndex = this.stored?.meta.index ?? 0
    if (this.wal.firstIndex !== 0 && this.wal.firstIndex <= snapIndex) {
      this.baseIndex = this.wal.firstIndex
      this.baseTerm = this.wal.termAt(this.baseIndex)
    }
    this.cacheFirst = this.lastIndex() + 1
    const commit = Math.min(Math.max(this.hard.commit, this.wal.recordedCommit, snapIndex), this.lastIndex())
    this.hard = { ...this.hard, commit }
  }

  private installState (stored: StoredSnapshot, state: Buffer): void {
    this.state.clear()
    if (this.loadState) for (const pin of readStateFile(state)) this.state.put(pin)
    this.stored = stored
    this.baseIndex = stored.meta.index
    this.baseTerm = stored.meta.term
  }

  initialState (): HardState {
    return this.hard
  }

  firstIndex (): number {
    return this.baseIndex + 1
  }

  lastIndex (): number {
    return Math.max(this.baseIndex, this.wal.lastIndex)
  }

  term (index: number): number {
    if (index < this.baseIndex) throw new LogCompactedError()
    if (index > this.lastIndex()) throw new LogUnavailableError()
    return index === this.baseIndex ? this.baseTerm : this.wal.termAt(index)
  }

  entries (lo: number, hi: number, maxCount = Number.MAX_SAFE_INTEGER): Entry[] {
    if (lo <= this.baseIndex) throw new LogCompactedError()
    if (hi > this.lastIndex() + 1) throw new LogUnavailableError()
    const end = Math.min(hi, lo + Math.max(1, maxCount))
    const out: Entry[] = []
    for (let i = lo; i < end; i++) out.push(i >= this.cacheFirst ? this.cache[i - this.cacheFirst] : this.readDisk(i))
    return out
  }

  snapshot (): SnapshotMeta {
    return this.stored?.meta ?? NO_SNAPSHOT
  }

  /** The stored snapshot behind {@link DurableStorage.snapshot} (id, size, checksum), if any. */
  storedSnapshot (): StoredSnapshot | undefined {
    return this.stored
  }

  /** Path of that snapshot's state.bin, for InstallSnapshot streaming. */
  snapshotStatePath (): string | undefined {
    return this.stored === undefined ? undefined : this.snaps.statePath(this.stored)
  }

  /**
   * Records the hard state. A new term or vote is durable when this returns
   * (stable file replaced atomically); a commit-only change is kept in memory
   * and written with the next batch's commit frame (it is advisory).
   */
  setHardState (hs: HardState): void {
    if (hs.term !== this.hard.term || hs.vote !== this.hard.vote) writeStable(this.files, this.paths.stable, hs)
    this.hard = hs
  }

  /**
   * Queues entries; `entries[0].index` may be ≤ lastIndex(), in which case the
   * stored suffix from there is first truncated durably. Readable at once,
   * durable after {@link DurableStorage.sync}.
   */
  append (entries: readonly Entry[]): void {
    if (entries.length === 0) return
    const first = entries[0].index
    if (first <= this.baseIndex) throw new LogCompactedError(`append at ${first} below the compaction point ${this.baseIndex}`)
    if (first > this.lastIndex() + 1) throw new LogUnavailableError(`append at ${first} leaves a gap after ${this.lastIndex()}`)
    if (first <= this.lastIndex()) this.truncateFrom(first)
    if (this.cacheFirst > first) {
      this.cache = []
      this.cacheFirst = first
    }
    this.wal.append(entries)
    this.cache.push(...entries)
  }

  /** Writes the queued entries and a commit frame, then fdatasync: everything appended is durable when this returns. */
  sync (): void {
    this.wal.sync(this.hard.commit)
    const drop = this.cache.length - CACHED_ENTRIES
    if (drop > 0) {
      this.cache = this.cache.slice(drop)
      this.cacheFirst += drop
    }
  }

  /** Removes entries ≥ index; durable when this returns. Committed entries must never be truncated. */
  truncateFrom (index: number): void {
    if (index <= this.baseIndex) throw new LogCompactedError(`truncation at ${index} below the compaction point ${this.baseIndex}`)
    this.wal.truncateFrom(index)
    if (index < this.cacheFirst) {
      this.cache = []
      this.cacheFirst = index
    } else {
      this.cache.length = Math.min(this.cache.length, index - this.cacheFirst)
    }
  }

  /**
   * Installs a snapshot received from the leader: state.bin written and synced
   * under snapshots/, the pinset replaced, the log reset to start right after
   * `meta.index`. Durable when this returns. The caller verified the bytes.
   */
  applySnapshot (meta: SnapshotMeta, stateBin: Iterable<Uint8Array>): void {
    const stored = this.snaps.write(meta, copyBody(this.files, stateBin))
    this.installState(stored, this.snaps.state(stored))
    this.wal.reset()
    this.cache = []
    this.cacheFirst = meta.index + 1
    this.snaps.prune(stored.id)
  }

  /**
   * Takes a local snapshot of {@link DurableStorage.state}, which must be the
   * pinset applied up to `meta.index` (from RaftNode's snapshot metadata).
   * Durable when this returns; then old snapshots are pruned and the log
   * compacted to `meta.index − trailing_logs`.
   */
  createSnapshot (meta: SnapshotMeta): StoredSnapshot {
    if (meta.index < this.snapshot().index) throw new Error('snapshot older than the current one')
    if (meta.index > this.lastIndex()) throw new Error('snapshot beyond the last index')
    const stored = this.snaps.write(meta, path => writeStateFile(this.files, path, this.state.size, this.state.sorted()))
    this.stored = stored
    this.snaps.prune(stored.id)
    this.compact(meta.index - this.trailingLogs)
    return stored
  }

  /**
   * Forgets entries ≤ index (index ≤ the snapshot's). Segments wholly below
   * `index` are deleted; the one holding it stays, so after a restart the
   * log still knows the term at the compaction point.
   */
  compact (index: number): void {
    if (index <= this.baseIndex) return
    if (index > this.snapshot().index) throw new Error('compaction beyond the snapshot')
    this.baseTerm = this.term(index)
    this.baseIndex = index
    this.wal.removeBelow(index)
  }

  /** Releases file descriptors; the storage must not be used afterwards. */
  close (): void {
    this.files.close()
  }

  private readDisk (index: number): Entry {
    try {
      return this.wal.read(index)
    } catch (err) {
      throw new LogUnavailableError(`entry ${index} cannot be read: ${(err as Error).message}`)
    }
  }
}
