import { LogCompactedError, LogUnavailableError } from './errors.js'
import { housekeeping } from './membership.js'
import type { Progress } from './progress.js'
import { committedIndex } from './quorum.js'
import { releaseReads } from './read-index.js'
import type { Raft } from './raft.js'
import type { AppendResponseMessage, HeartbeatResponseMessage, NodeId } from './types.js'

/**
 * Leader: send `to` the entries from its next index (at most
 * maxAppendEntries), or the snapshot if they were compacted. Returns whether
 * a message was sent; `sendIfEmpty` = false sends only if there are entries.
 */
export function sendAppend (r: Raft, to: NodeId, sendIfEmpty = true): boolean {
  const pr = r.progress.get(to)
  if (pr === undefined || pr.isPaused()) return false
  const prevIndex = pr.next - 1
  let prevTerm: number
  let entries
  try {
    prevTerm = r.log.term(prevIndex)
    entries = r.log.slice(pr.next, r.log.lastIndex() + 1, r.opts.maxAppendEntries)
  } catch (err) {
    if (err instanceof LogCompactedError) return sendSnapshot(r, to, pr)
    // not readable right now: the next heartbeat response retries
    if (err instanceof LogUnavailableError) return false
    throw err
  }
  if (entries.length === 0 && !sendIfEmpty) return false
  r.send({ type: 'append', to, term: r.term, prevIndex, prevTerm, entries, commit: r.log.committed })
  pr.sentEntries(entries.length, entries.length > 0 ? entries[entries.length - 1].index : prevIndex)
  return true
}

function sendSnapshot (r: Raft, to: NodeId, pr: Progress): boolean {
  // a snapshot is expensive: only for a follower that answers
  if (r.now - pr.lastHeard > r.opts.electionTicks) return false
  let snap
  try {
    snap = r.log.snapshot()
  } catch (err) {
    if (err instanceof LogUnavailableError) return false
    throw err
  }
  if (snap.index === 0) return false
  r.send({ type: 'snapshot', to, term: r.term, snapshot: snap })
  pr.becomeSnapshot(snap.index)
  return true
}

/** Leader: an append to everyone (also carries a new commit index). */
export function bcastAppend (r: Raft): void {
  for (const id of r.progress.keys()) sendAppend(r, id)
}

/** Leader: heartbeat everyone; `readSeq` ≠ 0 also confirms pending reads. */
export function bcastHeartbeat (r: Raft, readSeq: number): void {
  for (const [id, pr] of r.progress) {
    // never tell a follower to commit beyond what it is known to hold
    r.send({ type: 'heartbeat', to: id, term: r.term, commit: Math.min(pr.match, r.log.committed), readSeq })
  }
}

/**
 * Leader: advance commit to the highest index stored by a majority of
 * voters, but only over an entry of the current term (§5.4.2). The leader
 * counts itself only for what it has persisted (selfMatch).
 */
export function maybeCommit (r: Raft): boolean {
  const idx = committedIndex(r.configuration().voters, id =>
    id === r.id ? r.selfMatch : r.progress.get(id)?.match ?? 0)
  if (idx > r.log.committed && r.log.matchTerm(idx, r.term)) {
    r.log.commitTo(idx)
    return true
  }
  return false
}

/** Leader: the shell persisted our own log up to `stable`. */
export function selfPersisted (r: Raft, stable: number): void {
  if (r.state !== 'leader' || stable <= r.selfMatch) return
  r.selfMatch = stable
  if (maybeCommit(r)) {
    bcastAppend(r)
    housekeeping(r)
  }
}

export function handleAppendResponse (r: Raft, m: AppendResponseMessage): void {
  const pr = r.progress.get(m.from)
  if (pr === undefined) return
  pr.lastHeard = r.now
  if (m.reject) {
    let hint = m.hintIndex
    if (m.hintTerm > 0) hint = r.log.findConflictByTerm(m.hintIndex, m.hintTerm).index
    if (pr.maybeDecrTo(m.index, hint)) {
      if (pr.state === 'replicate') pr.becomeProbe()
      sendAppend(r, m.from)
    }
    return
  }
  const wasPaused = pr.isPaused()
  if (!pr.maybeUpdate(m.index) && !(pr.match === m.index && pr.state === 'probe')) return
  if (pr.state === 'probe') {
    pr.becomeReplicate()
  } else if (pr.state === 'snapshot' && pr.match + 1 >= r.log.firstIndex()) {
    pr.becomeProbe()
    pr.becomeReplicate()
  } else if (pr.state === 'replicate') {
    pr.inflights.freeLE(m.index)
  }
  if (maybeCommit(r)) bcastAppend(r)
  else if (wasPaused) sendAppend(r, m.from)
  // fill the window: pipelining
  while (sendAppend(r, m.from, false));
  // last, as it may step down (a leader that removed itself)
  housekeeping(r)
}

export function handleHeartbeatResponse (r: Raft, m: HeartbeatResponseMessage): void {
  const pr = r.progress.get(m.from)
  if (pr === undefined) return
  pr.lastHeard = r.now
  pr.probeSent = false
  // the follower is alive, so a full window more likely means lost appends
  if (pr.state === 'replicate' && pr.inflights.full()) pr.inflights.freeFirstOne()
  if (pr.match < r.log.lastIndex()) sendAppend(r, m.from)
  if (m.readSeq !== 0) releaseReads(r, m.readSeq, m.from)
}

/** Leader: the shell finished (ok) or gave up on (not ok) sending a snapshot to `to`. */
export function reportSnapshot (r: Raft, to: NodeId, ok: boolean): void {
  const pr = r.progress.get(to)
  if (r.state !== 'leader' || pr === undefined || pr.state !== 'snapshot') return
  if (!ok) pr.pendingSnapshot = 0
  pr.becomeProbe()
  // wait for the follower's answer (or a heartbeat response) before the next append
  pr.probeSent = true
}

/** Leader: the transport could not reach `to`; stop pipelining to it. */
export function reportUnreachable (r: Raft, to: NodeId): void {
  const pr = r.progress.get(to)
  if (r.state === 'leader' && pr?.state === 'replicate') pr.becomeProbe()
}
