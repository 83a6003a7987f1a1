import type { Entry, SnapshotMeta } from './types.js'

/**
 * The tail of the log that is not durable yet: entries (and possibly a
 * snapshot received from the leader) that the next ready() hands to the
 * shell. Everything below `offset` is in Storage.
 *
 * "In progress" marks what a ready() already handed out, so the next Ready
 * does not repeat it; it stays readable here until advance() confirms it.
 */
export class Unstable {
  snapshot: SnapshotMeta | undefined
  entries: Entry[] = []
  /** Index of entries[0]; storage holds everything below. */
  offset: number
  /** First index not yet handed out by ready(). */
  offsetInProgress: number
  snapshotInProgress = false

  constructor (offset: number) {
    this.offset = offset
    this.offsetInProgress = offset
  }

  lastIndex (): number | undefined {
    if (this.entries.length > 0) return this.offset + this.entries.length - 1
    return this.snapshot?.index
  }

  term (index: number): number | undefined {
    if (index < this.offset) {
      return this.snapshot !== undefined && this.snapshot.index === index ? this.snapshot.term : undefined
    }
    return this.entries[index - this.offset]?.term
  }

  /** Entries not handed out yet. */
  nextEntries (): Entry[] {
    const start = this.offsetInProgress - this.offset
    return start >= this.entries.length ? [] : this.entries.slice(start)
  }

  nextSnapshot (): SnapshotMeta | undefined {
    return this.snapshotInProgress ? undefined : this.snapshot
  }

  /** ready() handed out everything currently here. */
  acceptInProgress (): void {
    this.offsetInProgress = this.offset + this.entries.length
    this.snapshotInProgress = this.snapshot !== undefined
  }

  /**
   * The shell persisted entries up to (index, term). Ignored when the entry
   * was replaced meanwhile (a new leader truncated the tail): the newer
   * entries are in the next Ready and will overwrite the stale ones on disk.
   */
  stableTo (index: number, term: number): void {
    if (index < this.offset || this.term(index) !== term) return
    this.entries = this.entries.slice(index + 1 - this.offset)
    this.offset = index + 1
    this.offsetInProgress = Math.max(this.offsetInProgress, this.offset)
  }

  stableSnapTo (index: number): void {
    if (this.snapshot?.index === index) {
      this.snapshot = undefined
      this.snapshotInProgress = false
    }
  }

  /** Replace everything by a snapshot received from the leader. */
  restore (s: SnapshotMeta): void {
    this.offset = s.index + 1
    this.offsetInProgress = this.offset
    this.entries = []
    this.snapshot = s
    this.snapshotInProgress = false
  }

  /** Append `ents`, first dropping every entry at or after ents[0].index. */
  truncateAndAppend (ents: readonly Entry[]): void {
    const from = ents[0].index
    if (from === this.offset + this.entries.length) {
      this.entries.push(...ents)
    } else if (from <= this.offset) {
      // the new tail replaces part of what storage holds; the shell truncates
      // its log when it persists the next Ready
      this.entries = [...ents]
      this.offset = from
      this.offsetInProgress = from
    } else {
      this.entries = [...this.entries.slice(0, from - this.offset), ...ents]
      this.offsetInProgress = Math.min(this.offsetInProgress, from)
    }
  }
}
