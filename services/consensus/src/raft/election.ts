import { voteResult } from './quorum.js'
import type { Raft } from './raft.js'
import type { VoteMessage, VoteResponseMessage } from './types.js'

/** Start an election if allowed: PreVote first unless this is a leadership transfer. */
export function hup (r: Raft, transfer: boolean): void {
  if (r.state === 'leader' || !r.promotable()) return
  campaign(r, r.opts.preVote && !transfer ? 'preVote' : 'vote', transfer)
}

/**
 * Ask every voter for a (pre-)vote. A pre-campaign asks at term + 1 without
 * changing anything; only if it wins does the real campaign bump the term.
 */
export function campaign (r: Raft, kind: 'preVote' | 'vote', transfer: boolean): void {
  let term: number
  if (kind === 'preVote') {
    r.becomePreCandidate()
    term = r.term + 1
  } else {
    r.becomeCandidate()
    term = r.term
  }
  r.votes.set(r.id, true)
  const voters = r.configuration().voters
  if (voteResult(voters, r.votes) === 'won') {
    // single voter: nobody else to ask
    if (kind === 'preVote') campaign(r, 'vote', transfer)
    else r.becomeLeader()
    return
  }
  const lastIndex = r.log.lastIndex()
  const lastTerm = r.log.lastTerm()
  for (const id of voters) {
    if (id !== r.id) r.send({ type: kind, to: id, term, lastIndex, lastTerm, transfer })
  }
}

/**
 * Grant a (pre-)vote only to a log at least as up to date as ours (election
 * restriction), and a real vote at most once per term. A node that knows a
 * leader for the term does not vote for anyone else in it.
 */
export function handleVoteRequest (r: Raft, m: VoteMessage): void {
  const respType = m.type === 'vote' ? 'voteResponse' : 'preVoteResponse'
  const canVote = r.vote === m.from ||
    (r.vote === null && r.lead === null) ||
    (m.type === 'preVote' && m.term > r.term)
  if (canVote && r.log.isUpToDate(m.lastIndex, m.lastTerm)) {
    // answer at the candidate's term, or a pre-candidate would drop it as stale
    r.send({ type: respType, to: m.from, term: m.term, reject: false })
    if (m.type === 'vote') {
      r.electionElapsed = 0
      r.vote = m.from
    }
  } else {
    r.send({ type: respType, to: m.from, term: r.term, reject: true })
  }
}

/** Count a response of the current (pre-)campaign. */
export function handleVoteResponse (r: Raft, m: VoteResponseMessage): void {
  const expected = r.state === 'pre-candidate' ? 'preVoteResponse' : 'voteResponse'
  if (m.type !== expected) return
  r.votes.set(m.from, !m.reject)
  switch (voteResult(r.configuration().voters, r.votes)) {
    case 'won':
      if (r.state === 'pre-candidate') campaign(r, 'vote', false)
      else r.becomeLeader()
      break
    case 'lost':
      r.becomeFollower(r.term, null)
      break
    case 'pending':
      break
  }
}
