import { encodeConfiguration, isMember, isVoter, makeConfiguration, members } from './configuration.js'
import { InvalidParametersError, MembershipChangeInProgressError, NotLeaderError } from './errors.js'
import { Progress } from './progress.js'
import { releasePendingReads } from './read-index.js'
import type { Raft } from './raft.js'
import { EntryKind, type Configuration, type NodeId, type Proposal } from './types.js'

/**
 * Leader: make the progress map match the newest configuration. Members of
 * the previous configuration that the newest one removed ("departing") stay
 * until they acknowledge it, so a removed node learns it was removed and
 * stops campaigning.
 */
export function syncProgress (r: Raft): void {
  const cur = r.configuration()
  const keep = new Map<NodeId, boolean>() // id → learner (non-voting)
  for (const id of cur.voters) keep.set(id, false)
  for (const id of cur.learners) keep.set(id, true)
  for (const id of members(r.log.configs.previous().configuration)) if (!keep.has(id)) keep.set(id, true)
  keep.delete(r.id)
  for (const id of r.progress.keys()) if (!keep.has(id)) r.progress.delete(id)
  for (const [id, learner] of keep) {
    const pr = r.progress.get(id)
    if (pr !== undefined) pr.learner = learner
    else r.progress.set(id, new Progress(r.log.lastIndex() + 1, r.opts.maxInflight, r.now, learner))
  }
}

function proposeConfiguration (r: Raft, next: Configuration): Proposal {
  return r.appendEntries([{ kind: EntryKind.CONFIGURATION, data: encodeConfiguration(next) }])
}

function checkCanChange (r: Raft): void {
  if (r.state !== 'leader') throw new NotLeaderError('not the leader', r.lead ?? undefined)
  if (!isVoter(r.configuration(), r.id)) throw new NotLeaderError('the leader is leaving the cluster')
  // one change at a time: the previous one must be committed
  if (r.log.configuration().index > r.log.committed) throw new MembershipChangeInProgressError()
}

/** The configuration entry that already reflects a no-op change. */
function current (r: Raft): Proposal {
  const index = r.log.configuration().index
  return { index, term: index === 0 ? 0 : r.log.term(index) }
}

/**
 * Leader: add `id` as a learner. It becomes a voter once caught up (see
 * {@link maybePromote}). Adding a member again is a no-op that returns the
 * configuration entry already holding it.
 */
export function addPeer (r: Raft, id: NodeId): Proposal {
  if (id === '') throw new InvalidParametersError('peer ID must not be empty')
  checkCanChange(r)
  const c = r.configuration()
  if (isMember(c, id)) return current(r)
  return proposeConfiguration(r, makeConfiguration(c.voters, [...c.learners, id]))
}

/** Leader: remove voter or learner `id` (possibly itself). Removing a non-member is a no-op. */
export function removePeer (r: Raft, id: NodeId): Proposal {
  checkCanChange(r)
  const c = r.configuration()
  if (!isMember(c, id)) return current(r)
  const voters = c.voters.filter(v => v !== id)
  if (voters.length === 0) throw new InvalidParametersError('cannot remove ourselves from a 1-peer cluster')
  return proposeConfiguration(r, makeConfiguration(voters, c.learners.filter(l => l !== id)))
}

/**
 * Leader: promote the first learner whose durable log is within
 * maxAppendEntries of ours (and holds its own addition), if no change is
 * pending. Driven by the core so it survives leader changes: any leader
 * finishes an addition another one started.
 */
export function maybePromote (r: Raft): void {
  if (!r.opts.autoPromote || r.state !== 'leader') return
  const point = r.log.configuration()
  if (point.index > r.log.committed || !isVoter(point.configuration, r.id)) return
  const threshold = Math.max(point.index, r.log.lastIndex() - r.opts.maxAppendEntries)
  for (const id of point.configuration.learners) {
    const pr = r.progress.get(id)
    if (pr === undefined || pr.state !== 'replicate' || pr.match < threshold) continue
    if (r.now - pr.lastHeard > r.opts.electionTicks) continue
    const c = point.configuration
    proposeConfiguration(r, makeConfiguration([...c.voters, id], c.learners.filter(l => l !== id)))
    return
  }
}

/**
 * Leader that removed itself: once the change is committed, tell the most
 * up-to-date voter to campaign now, and step down.
 */
function maybeStepDownRemoved (r: Raft): void {
  const point = r.log.configuration()
  if (r.state !== 'leader' || isVoter(point.configuration, r.id) || point.index > r.log.committed) return
  let best: NodeId | null = null
  let bestMatch = -1
  for (const id of point.configuration.voters) {
    const m = r.progress.get(id)?.match ?? 0
    if (m > bestMatch) {
      best = id
      bestMatch = m
    }
  }
  if (best !== null && bestMatch === r.log.lastIndex()) r.send({ type: 'timeoutNow', to: best, term: r.term })
  r.becomeFollower(r.term, null)
}

/** Forget departing members that have acknowledged their removal. */
function dropDeparted (r: Raft): void {
  const point = r.log.configuration()
  for (const [id, pr] of r.progress) {
    if (!isMember(point.configuration, id) && pr.match >= point.index) r.progress.delete(id)
  }
}

/** Leader bookkeeping after replication progress; may step down, so call it last. */
export function housekeeping (r: Raft): void {
  if (r.state !== 'leader') return
  releasePendingReads(r)
  dropDeparted(r)
  maybePromote(r)
  maybeStepDownRemoved(r)
}
