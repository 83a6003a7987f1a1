import type { Raft } from './raft.js'
import type { AppendMessage, HeartbeatMessage, SnapshotMessage } from './types.js'

/**
 * AppendEntries on a follower. Success answers the last index now matching
 * the leader; a rejection carries a hint (our last index ≤ prevIndex whose
 * term ≤ prevTerm) so the leader skips a whole term per round trip. The
 * answer is an after-persist message: it vouches for entries on disk.
 */
export function handleAppend (r: Raft, m: AppendMessage): void {
  if (m.prevIndex < r.log.committed) {
    // an old, duplicated or reordered message: what we committed already matches
    r.send({ type: 'appendResponse', to: m.from, term: r.term, reject: false, index: r.log.committed, hintIndex: 0, hintTerm: 0 })
    return
  }
  const last = r.log.maybeAppend(m.prevIndex, m.prevTerm, m.commit, m.entries)
  if (last !== null) {
    r.syncConfig()
    r.send({ type: 'appendResponse', to: m.from, term: r.term, reject: false, index: last, hintIndex: 0, hintTerm: 0 })
    return
  }
  const hint = r.log.findConflictByTerm(Math.min(m.prevIndex, r.log.lastIndex()), m.prevTerm)
  r.send({ type: 'appendResponse', to: m.from, term: r.term, reject: true, index: m.prevIndex, hintIndex: hint.index, hintTerm: hint.term })
}

/** The leader sends min(match, commit), so the commit never exceeds our log. */
export function handleHeartbeat (r: Raft, m: HeartbeatMessage): void {
  r.log.commitTo(m.commit)
  r.send({ type: 'heartbeatResponse', to: m.from, term: r.term, readSeq: m.readSeq })
}

/**
 * InstallSnapshot, after the shell received and verified the data. A
 * snapshot we already cover only fast-forwards the commit; otherwise the log
 * is reset to it and the next Ready carries it for the shell to install.
 */
export function handleSnapshot (r: Raft, m: SnapshotMessage): void {
  const s = m.snapshot
  let index = r.log.committed
  if (s.index > r.log.committed) {
    if (r.log.matchTerm(s.index, s.term)) {
      r.log.commitTo(s.index)
      index = s.index
    } else {
      r.log.restore(s)
      r.syncConfig()
      index = s.index
    }
  }
  r.send({ type: 'appendResponse', to: m.from, term: r.term, reject: false, index, hintIndex: 0, hintTerm: 0 })
}
