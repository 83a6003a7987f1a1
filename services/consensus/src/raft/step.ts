import { isVoter } from './configuration.js'
import { campaign, handleVoteRequest, handleVoteResponse } from './election.js'
import { handleAppend, handleHeartbeat, handleSnapshot } from './follower.js'
import type { Raft } from './raft.js'
import { handleReadIndexRequest } from './read-index.js'
import { handleAppendResponse, handleHeartbeatResponse } from './replication.js'
import type { Message } from './types.js'

/**
 * Feed one message to the state machine: term bookkeeping common to every
 * role (§5.1, PreVote, stickiness), then the role's own handling.
 */
export function step (r: Raft, m: Message): void {
  if (m.to !== r.id) return
  if (m.type === 'propose') {
    // same rule as RaftNode.propose: a leader that is leaving takes no new work
    if (r.state === 'leader' && isVoter(r.configuration(), r.id)) r.appendEntries(m.entries)
    return
  }
  if (m.type === 'readIndex') {
    handleReadIndexRequest(r, m)
    return
  }
  if (m.term > r.term) {
    if (m.type === 'vote' || m.type === 'preVote') {
      // stickiness: a node that hears from a live leader ignores would-be
      // candidates, so a partitioned or removed peer cannot depose it
      const inLease = r.opts.checkQuorum && r.lead !== null &&
        (r.state === 'leader' || r.electionElapsed < r.opts.electionTicks)
      if (inLease && !m.transfer) {
        r.send({ type: m.type === 'vote' ? 'voteResponse' : 'preVoteResponse', to: m.from, term: r.term, reject: true })
        return
      }
    }
    if (m.type === 'preVote' || (m.type === 'preVoteResponse' && !m.reject)) {
      // a pre-vote changes no term: the candidate only asks "would you?"
    } else {
      const fromLeader = m.type === 'append' || m.type === 'heartbeat' || m.type === 'snapshot'
      r.becomeFollower(m.term, fromLeader ? m.from : null)
    }
  } else if (m.term < r.term) {
    if ((r.opts.checkQuorum || r.opts.preVote) && (m.type === 'append' || m.type === 'heartbeat')) {
      // tell a stale leader about the newer term, or it would never step down
      r.send({ type: 'appendResponse', to: m.from, term: r.term, reject: true, index: 0, hintIndex: 0, hintTerm: 0 })
    } else if (m.type === 'preVote') {
      r.send({ type: 'preVoteResponse', to: m.from, term: r.term, reject: true })
    }
    return
  }
  if (m.type === 'vote' || m.type === 'preVote') {
    handleVoteRequest(r, m)
    return
  }
  switch (r.state) {
    case 'leader': stepLeader(r, m); break
    case 'candidate':
    case 'pre-candidate': stepCandidate(r, m); break
    case 'follower': stepFollower(r, m); break
  }
}

function stepLeader (r: Raft, m: Message): void {
  if (m.type === 'appendResponse') handleAppendResponse(r, m)
  else if (m.type === 'heartbeatResponse') handleHeartbeatResponse(r, m)
}

function stepCandidate (r: Raft, m: Message): void {
  switch (m.type) {
    case 'append':
    case 'heartbeat':
    case 'snapshot':
      // a leader exists for our term: we lost
      r.becomeFollower(m.term, m.from)
      stepFollower(r, m)
      break
    case 'voteResponse':
    case 'preVoteResponse':
      handleVoteResponse(r, m)
      break
    case 'readIndexResponse':
      if (!m.reject) r.readStates.push({ index: m.index, context: m.context })
      break
  }
}

function stepFollower (r: Raft, m: Message): void {
  switch (m.type) {
    case 'append':
      r.electionElapsed = 0
      r.lead = m.from
      handleAppend(r, m)
      break
    case 'heartbeat':
      r.electionElapsed = 0
      r.lead = m.from
      handleHeartbeat(r, m)
      break
    case 'snapshot':
      r.electionElapsed = 0
      r.lead = m.from
      handleSnapshot(r, m)
      break
    case 'timeoutNow':
      // the leader is leaving and picked us: campaign at once, skipping PreVote
      if (r.promotable()) campaign(r, 'vote', true)
      break
    case 'readIndexResponse':
      if (!m.reject) r.readStates.push({ index: m.index, context: m.context })
      break
  }
}
