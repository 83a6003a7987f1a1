import type { Entry, HardState, SnapshotMeta } from './types.js'

/**
 * The durable log as the core sees it: read-only, synchronous, and covering
 * only what the shell has persisted (everything handed out by `ready()` and
 * acknowledged with `advance()`). Entries not yet persisted live in the
 * core's own unstable tail.
 *
 * The shell is free to keep only recent entries in memory (the real one
 * keeps the last 512 and the rest in the WAL): older reads may go to disk
 * synchronously, or `entries()` may throw {@link LogUnavailableError}, in which
 * case the leader retries on the follower's next heartbeat response.
 *
 * Indexes: the log holds entries firstIndex()..lastIndex(); firstIndex() − 1 is
 * the index of the newest snapshot/compaction point, whose term is still
 * known through `term()`. An empty, never-compacted log has firstIndex() = 1
 * and lastIndex() = 0.
 */
export interface Storage {
  /** Hard state as last persisted ({term: 0, vote: null, commit: 0} if none). */
  initialState(): HardState

  /**
   * Entries with lo ≤ index < hi, in order, at most `maxCount` of them (at
   * least one if lo < hi). Throws {@link LogCompactedError} if lo < firstIndex(),
   * {@link LogUnavailableError} if hi > lastIndex() + 1 or the entries cannot be
   * read now.
   */
  entries(lo: number, hi: number, maxCount?: number): Entry[]

  /**
   * Term of the entry at `index`, for firstIndex() − 1 ≤ index ≤ lastIndex().
   * Throws {@link LogCompactedError} below, {@link LogUnavailableError} above.
   */
  term(index: number): number

  /** Index of the first entry still in the log (≥ 1). */
  firstIndex(): number

  /** Index of the last persisted entry; firstIndex() − 1 when the log is empty. */
  lastIndex(): number

  /**
   * Metadata of the newest complete snapshot ({index: 0, …} for none); its
   * index is ≥ firstIndex() − 1 (compaction never passes the snapshot). The
   * leader sends exactly this snapshot to followers that need compacted
   * entries, so the shell must be able to ship the one it names (keep it
   * until a newer one is complete). May throw {@link LogUnavailableError}
   * while none is readable; the leader then retries later.
   */
  snapshot(): SnapshotMeta
}
