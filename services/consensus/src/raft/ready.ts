import type { Entry, HardState, Message, ReadState, SnapshotMeta, SoftState } from './types.js'

/**
 * A batch of work the core hands to the shell (`RaftNode.ready()`), to be
 * processed in this order, then acknowledged with `RaftNode.advance()`:
 *
 * 1. **send `messages`** — at once, even before or while persisting (they are
 *    the leader's appends/heartbeats/snapshots/TimeoutNow, pre-votes and their
 *    answers, heartbeat answers, ReadIndex traffic, forwarded proposals: none
 *    vouches for local durable state; spec §8.1 lets the leader write its
 *    log in parallel with replication). When this Ready changes term or vote
 *    the core puts every message in `messagesAfterPersist` instead. For a
 *    `snapshot` message the shell streams the snapshot it names, then calls
 *    `reportSnapshot(to, ok)`. Messages may be lost, duplicated or reordered.
 * 2. **install `snapshot`** if present (follower only): the state bytes the
 *    shell received with the matching `snapshot` message become the state
 *    machine, and storage is reset to it (firstIndex = index + 1, no entries,
 *    `snapshot()` returns it). Durable before step 4.
 * 3. **persist `hardState` and `entries`**, in this order: term and vote
 *    (the `stable` file) no later than the entries — a log holding entries of
 *    a term the node does not remember could let it lead that term twice —
 *    then the entries, then the commit index (which may point into them; a
 *    commit beyond the log found at restart is clamped). `entries[0].index`
 *    may be ≤ the last stored index: the stored suffix from there is
 *    replaced (truncate durably first). fsync when `mustSync`.
 * 4. **send `messagesAfterPersist`** — only once step 2-3 are durable: votes,
 *    vote grants and append acknowledgements promise durable state.
 * 5. **apply `committedEntries`** in order (they are durable by now), or at
 *    least queue them in order before advancing. A proposal succeeded iff the
 *    entry applied at its index has its term. A CONFIGURATION entry needs no
 *    action: the core already uses it.
 * 6. **serve `readStates`**: each read may be answered once applied ≥ index.
 * 7. call **`advance()`**. Storage must reflect steps 2-3 by then.
 *
 * Between `ready()` and `advance()` the shell may keep calling `step()`,
 * `tick()`, `propose()`… (e.g. while fsync runs); whatever they produce goes
 * into the next Ready. `ready()` must not be called again before `advance()`.
 */
export interface Ready {
  /** Present when term, vote or commit changed since the last Ready. */
  readonly hardState?: HardState
  /** Present when the leader's snapshot must be installed (follower). */
  readonly snapshot?: SnapshotMeta
  /** Entries to append to durable storage (possibly replacing a suffix). */
  readonly entries: readonly Entry[]
  /** True when step 3 needs an fsync: term/vote changed, entries or snapshot present. */
  readonly mustSync: boolean
  /** Step 1: may be sent before persistence completes. */
  readonly messages: readonly Message[]
  /** Step 4: send only after persistence of this Ready. */
  readonly messagesAfterPersist: readonly Message[]
  /** Step 5: entries to apply, in index order, contiguous with the last Ready's. */
  readonly committedEntries: readonly Entry[]
  /** Step 6: completed ReadIndex requests. */
  readonly readStates: readonly ReadState[]
  /** Present when the leader or role changed (log "Raft Leader elected"). */
  readonly softState?: SoftState
}
