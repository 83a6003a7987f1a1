import { ConfigHistory, type ConfigPoint } from './config-history.js'
import { decodeConfiguration } from './configuration.js'
import { LogCompactedError, LogUnavailableError } from './errors.js'
import type { Storage } from './storage.js'
import { Unstable } from './unstable.js'
import { EntryKind, type Entry, type SnapshotMeta } from './types.js'

/** Entries read per storage call when the core scans the log at start. */
const SCAN_CHUNK = 1024

/**
 * The Raft log: the shell's durable {@link Storage} plus the core's unstable
 * tail, with the commit and apply cursors and the configuration history.
 */
export class RaftLog {
  readonly storage: Storage
  readonly unstable: Unstable
  readonly configs = new ConfigHistory()
  /** Highest index known committed. Never decreases. */
  committed: number
  /** Highest index the shell has applied (acknowledged by advance()). */
  applied: number

  constructor (storage: Storage) {
    this.storage = storage
    const first = storage.firstIndex()
    const last = storage.lastIndex()
    this.unstable = new Unstable(last + 1)
    const snap = storage.snapshot()
    // trailing entries may precede the snapshot; the state starts at the snapshot
    this.committed = Math.max(first - 1, snap.index)
    this.applied = this.committed
    this.configs.reset({ index: snap.configurationIndex, configuration: snap.configuration })
    // configurations take effect when appended, so the whole retained log counts
    for (let lo = first; lo <= last;) {
      const chunk = storage.entries(lo, last + 1, SCAN_CHUNK)
      for (const e of chunk) this.noteConfig(e)
      lo += chunk.length
    }
  }

  firstIndex (): number {
    const s = this.unstable.snapshot
    return s !== undefined ? s.index + 1 : this.storage.firstIndex()
  }

  lastIndex (): number {
    return this.unstable.lastIndex() ?? this.storage.lastIndex()
  }

  /** Highest index known durable on this node (what a leader may count for itself). */
  stableIndex (): number {
    return this.unstable.offset - 1
  }

  /** Term at `index`; throws LogCompactedError / LogUnavailableError outside [firstIndex − 1, lastIndex]. */
  term (index: number): number {
    if (index < this.firstIndex() - 1) throw new LogCompactedError()
    if (index > this.lastIndex()) throw new LogUnavailableError()
    return this.unstable.term(index) ?? this.storage.term(index)
  }

  lastTerm (): number {
    return this.term(this.lastIndex())
  }

  matchTerm (index: number, term: number): boolean {
    try {
      return this.term(index) === term
    } catch {
      return false
    }
  }

  /** Election restriction (§5.4.1): is a log ending at (lastIndex, lastTerm) at least as up to date as ours? */
  isUpToDate (lastIndex: number, lastTerm: number): boolean {
    const ourTerm = this.lastTerm()
    return lastTerm > ourTerm || (lastTerm === ourTerm && lastIndex >= this.lastIndex())
  }

  /** Entries lo ≤ index < hi, at most maxCount (≥ 1 if any). */
  slice (lo: number, hi: number, maxCount = Number.MAX_SAFE_INTEGER): Entry[] {
    if (lo >= hi) return []
    if (lo < this.firstIndex()) throw new LogCompactedError()
    if (hi > this.lastIndex() + 1) throw new LogUnavailableError()
    const offset = this.unstable.offset
    let out: Entry[] = []
    if (lo < offset) {
      const end = Math.min(hi, offset)
      out = this.storage.entries(lo, end, maxCount)
      if (out.length < end - lo || out.length >= maxCount) return out.slice(0, maxCount)
    }
    if (hi > offset) {
      const u = this.unstable.entries.slice(Math.max(lo, offset) - offset, hi - offset)
      out = out.length === 0 ? u : out.concat(u)
    }
    return out.length > maxCount ? out.slice(0, maxCount) : out
  }

  /** Append after any conflicting suffix; returns the new last index. Never touches committed entries. */
  append (ents: readonly Entry[]): number {
    if (ents.length === 0) return this.lastIndex()
    if (ents[0].index - 1 < this.committed) {
      throw new Error(`raft: append at ${ents[0].index} would overwrite committed index ${this.committed}`)
    }
    this.unstable.truncateAndAppend(ents)
    this.configs.truncateFrom(ents[0].index)
    for (const e of ents) this.noteConfig(e)
    return this.lastIndex()
  }

  /**
   * The follower side of AppendEntries: if (prevIndex, prevTerm) matches,
   * append what is new, advance commit to min(commit, last new index) and
   * return that last new index; otherwise null.
   */
  maybeAppend (prevIndex: number, prevTerm: number, commit: number, ents: readonly Entry[]): number | null {
    if (!this.matchTerm(prevIndex, prevTerm)) return null
    const lastNew = prevIndex + ents.length
    const conflict = this.findConflict(ents)
    if (conflict !== 0) {
      if (conflict <= this.committed) throw new Error(`raft: entry ${conflict} conflicts with committed entry`)
      this.append(ents.slice(conflict - (prevIndex + 1)))
    }
    this.commitTo(Math.min(commit, lastNew))
    return lastNew
  }

  /** Index of the first entry of `ents` that is new or differs from ours; 0 if all are present. */
  findConflict (ents: readonly Entry[]): number {
    for (const e of ents) if (!this.matchTerm(e.index, e.term)) return e.index
    return 0
  }

  /**
   * The largest index ≤ `index` whose term is ≤ `term`, with that term — the
   * fast back-off hint (etcd's findConflictByTerm). Term 0 when unknown.
   */
  findConflictByTerm (index: number, term: number): { index: number, term: number } {
    for (; index > 0; index--) {
      let t: number
      try {
        t = this.term(index)
      } catch {
        return { index, term: 0 }
      }
      if (t <= term) return { index, term: t }
    }
    return { index: 0, term: 0 }
  }

  commitTo (index: number): void {
    if (index <= this.committed) return
    if (index > this.lastIndex()) throw new Error(`raft: commit ${index} is beyond the last index ${this.lastIndex()}`)
    this.committed = index
  }

  /** Committed entries the shell has not been given yet, at most maxCount. */
  nextCommittedEntries (maxCount: number): Entry[] {
    const lo = Math.max(this.applied + 1, this.firstIndex())
    return this.slice(lo, this.committed + 1, maxCount)
  }

  hasNextCommittedEntries (): boolean {
    return this.committed > Math.max(this.applied, this.firstIndex() - 1)
  }

  /** Newest snapshot: a pending one from the leader, else storage's. */
  snapshot (): SnapshotMeta {
    return this.unstable.snapshot ?? this.storage.snapshot()
  }

  /** Reset the log to a snapshot received from the leader. */
  restore (s: SnapshotMeta): void {
    this.committed = s.index
    this.unstable.restore(s)
    this.configs.reset({ index: s.configurationIndex, configuration: s.configuration })
  }

  /** The configuration in effect now (the newest one in the log). */
  configuration (): ConfigPoint {
    return this.configs.latest()
  }

  private noteConfig (e: Entry): void {
    if (e.kind === EntryKind.CONFIGURATION) this.configs.push(e.index, decodeConfiguration(e.data))
  }
}
