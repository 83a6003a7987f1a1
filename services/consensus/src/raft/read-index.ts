import { isVoter } from './configuration.js'
import { hasQuorum } from './quorum.js'
import type { Raft } from './raft.js'
import { bcastHeartbeat } from './replication.js'
import type { NodeId, ReadIndexMessage } from './types.js'

/** One ReadIndex request waiting for a quorum to confirm the leader. */
export interface PendingRead {
  /** Leader-local sequence number carried by heartbeats as `readSeq`. */
  readonly seq: number
  /** Commit index when the request arrived: the read must see at least this. */
  readonly index: number
  readonly context: string
  /** Who asked: the leader itself or a follower. */
  readonly from: NodeId
  readonly acks: Set<NodeId>
}

/**
 * The leader's queue of ReadIndex requests (Raft thesis §6.4). Each request
 * records the commit index and waits until a quorum answers a heartbeat sent
 * after it; a quorum for request n also confirms every earlier request.
 */
export class ReadIndexQueue {
  private seq = 0
  private queue: PendingRead[] = []

  /** Queue a request; returns the sequence number to broadcast. */
  add (index: number, context: string, from: NodeId): number {
    this.seq++
    this.queue.push({ seq: this.seq, index, context, from, acks: new Set() })
    return this.seq
  }

  /** `from` answered a heartbeat carrying `seq`; returns who has confirmed that request so far. */
  ack (seq: number, from: NodeId): ReadonlySet<NodeId> | undefined {
    const r = this.queue.find(q => q.seq === seq)
    r?.acks.add(from)
    return r?.acks
  }

  /** Remove and return every request up to and including `seq`, oldest first. */
  releaseUpTo (seq: number): PendingRead[] {
    let n = 0
    while (n < this.queue.length && this.queue[n].seq <= seq) n++
    return this.queue.splice(0, n)
  }

  /** The newest pending request's sequence number, 0 if none. */
  lastSeq (): number {
    return this.queue.length === 0 ? 0 : this.queue[this.queue.length - 1].seq
  }

  /** Leadership lost: pending requests are dropped (their callers time out). */
  reset (): void {
    this.queue = []
  }
}

/** Has the leader committed an entry of its own term? Before that its commit index may be stale (§6.4). */
function committedInTerm (r: Raft): boolean {
  return r.log.matchTerm(r.log.committed, r.term)
}

function respond (r: Raft, to: NodeId, context: string, index: number): void {
  if (to === r.id) r.readStates.push({ index, context })
  else r.send({ type: 'readIndexResponse', to, term: r.term, context, index, reject: false })
}

/**
 * Leader: start a ReadIndex round for `from` (itself or a follower). The
 * answer comes once a quorum of voters confirmed our leadership by answering
 * a heartbeat sent after the request.
 */
export function readIndex (r: Raft, context: string, from: NodeId): void {
  if (!committedInTerm(r)) {
    r.pendingReads.push({ context, from })
    return
  }
  const voters = r.configuration().voters
  if (voters.length === 1 && voters[0] === r.id) {
    respond(r, from, context, r.log.committed)
    return
  }
  const seq = r.reads.add(r.log.committed, context, from)
  if (isVoter(r.configuration(), r.id)) r.reads.ack(seq, r.id)
  bcastHeartbeat(r, seq)
}

/** A follower's ReadIndex request; a non-leader rejects it so the asker can retry elsewhere. */
export function handleReadIndexRequest (r: Raft, m: ReadIndexMessage): void {
  if (r.state === 'leader') readIndex(r, m.context, m.from)
  else r.send({ type: 'readIndexResponse', to: m.from, term: r.term, context: m.context, index: 0, reject: true })
}

/** `from` confirmed the round `seq`: answer every request up to it once a quorum did. */
export function releaseReads (r: Raft, seq: number, from: NodeId): void {
  const acks = r.reads.ack(seq, from)
  if (acks === undefined || !hasQuorum(r.configuration().voters, id => acks.has(id))) return
  for (const q of r.reads.releaseUpTo(seq)) respond(r, q.from, q.context, q.index)
}

/** Requests parked until the first commit of the term. */
export function releasePendingReads (r: Raft): void {
  if (r.pendingReads.length === 0 || !committedInTerm(r)) return
  const pending = r.pendingReads
  r.pendingReads = []
  for (const p of pending) readIndex(r, p.context, p.from)
}
