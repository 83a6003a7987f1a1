import { EMPTY_CONFIGURATION, encodeConfiguration, makeConfiguration } from './configuration.js'
import { LogCompactedError, LogUnavailableError } from './errors.js'
import type { Storage } from './storage.js'
import { EntryKind, type Entry, type HardState, type NodeId, type SnapshotMeta } from './types.js'

const NO_SNAPSHOT: SnapshotMeta = Object.freeze({ index: 0, term: 0, configuration: EMPTY_CONFIGURATION, configurationIndex: 0 })

/**
 * {@link Storage} held in memory: the simulator's durable store and a model
 * for the shell's WAL cache. The mutators are what a shell does while
 * processing a Ready; the core only calls the read side.
 */
export class MemoryStorage implements Storage {
  private hard: HardState = { term: 0, vote: null, commit: 0 }
  private snap: SnapshotMeta = NO_SNAPSHOT
  /** Index and term of the compaction point (the entry just before ents[0]). */
  private baseIndex = 0
  private baseTerm = 0
  private ents: Entry[] = []

  initialState (): HardState {
    return this.hard
  }

  firstIndex (): number {
    return this.baseIndex + 1
  }

  lastIndex (): number {
    return this.baseIndex + this.ents.length
  }

  term (index: number): number {
    if (index < this.baseIndex) throw new LogCompactedError()
    if (index > this.lastIndex()) throw new LogUnavailableError()
    return index === this.baseIndex ? this.baseTerm : this.ents[index - this.baseIndex - 1].term
  }

  entries (lo: number, hi: number, maxCount = Number.MAX_SAFE_INTEGER): Entry[] {
    if (lo <= this.baseIndex) throw new LogCompactedError()
    if (hi > this.lastIndex() + 1) throw new LogUnavailableError()
    const start = lo - this.baseIndex - 1
    return this.ents.slice(start, Math.min(hi - this.baseIndex - 1, start + Math.max(1, maxCount)))
  }

  snapshot (): SnapshotMeta {
    return this.snap
  }

  setHardState (hs: HardState): void {
    this.hard = hs
  }

  /** Append, replacing the stored suffix from entries[0].index (Ready step 3). */
  append (entries: readonly Entry[]): void {
    if (entries.length === 0) return
    const first = entries[0].index
    if (first <= this.baseIndex) throw new Error(`memory storage: append at ${first} below the compaction point ${this.baseIndex}`)
    if (first > this.lastIndex() + 1) throw new Error(`memory storage: gap before ${first} (last ${this.lastIndex()})`)
    this.ents = this.ents.slice(0, first - this.baseIndex - 1).concat(entries)
  }

  /** Reset to a snapshot received from the leader (Ready step 2). */
  applySnapshot (meta: SnapshotMeta): void {
    this.snap = meta
    this.baseIndex = meta.index
    this.baseTerm = meta.term
    this.ents = []
  }

  /** Record a snapshot taken locally (metadata from RaftNode.snapshotMeta). */
  createSnapshot (meta: SnapshotMeta): void {
    if (meta.index < this.snap.index) throw new Error('memory storage: snapshot older than the current one')
    if (meta.index > this.lastIndex()) throw new Error('memory storage: snapshot beyond the last index')
    this.snap = meta
  }

  /** Drop entries ≤ index (keeping its term); index must not exceed the snapshot's. */
  compact (index: number): void {
    if (index <= this.baseIndex) return
    if (index > this.snap.index) throw new Error('memory storage: compaction beyond the snapshot')
    this.baseTerm = this.term(index)
    this.ents = this.ents.slice(index - this.baseIndex)
    this.baseIndex = index
  }

  /** Write the initial configuration as on every static peer (consensus.md §4). */
  bootstrap (voters: readonly NodeId[]): void {
    const b = bootstrapState(voters)
    this.append([b.entry])
    this.setHardState(b.hardState)
  }
}

/**
 * What a peer with no state writes before starting with static peers: the
 * same CONFIGURATION entry at index 1, term 1 everywhere (so it counts as
 * committed) and a hard state at term 1. Elections then start at term 2.
 */
export function bootstrapState (voters: readonly NodeId[]): { entry: Entry, hardState: HardState } {
  if (voters.length === 0) throw new Error('raft: bootstrap needs at least one voter')
  return {
    entry: { index: 1, term: 1, kind: EntryKind.CONFIGURATION, data: encodeConfiguration(makeConfiguration(voters)) },
    hardState: { term: 1, vote: null, commit: 1 }
  }
}
