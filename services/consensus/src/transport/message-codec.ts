/**
 * Core messages (raft/types.ts) ↔ the wire's `RaftMessage` (consensus.proto).
 * Snapshot transfers are not messages of the core on the wire: the shell
 * sends chunks (snapshot-transfer.ts); `propose` is never sent (followers
 * forward LogPin over the relay instead, consensus.md §5).
 */
import type { MessageInput, MessageOutput } from '@ipfscluster/proto'
import type { Entry, EntryKind, Message } from '../raft/index.js'

export type WireMessage = MessageInput<'ipfscluster.consensus.v1.RaftMessage'>
export type ReceivedMessage = MessageOutput<'ipfscluster.consensus.v1.RaftMessage'>
type WireEntry = MessageInput<'ipfscluster.consensus.v1.LogEntry'>
type WireType = NonNullable<WireMessage['type']>

const TYPES: Partial<Record<Message['type'], WireType>> = {
  preVote: 'RAFT_MESSAGE_TYPE_PRE_VOTE',
  preVoteResponse: 'RAFT_MESSAGE_TYPE_PRE_VOTE_RESPONSE',
  vote: 'RAFT_MESSAGE_TYPE_VOTE',
  voteResponse: 'RAFT_MESSAGE_TYPE_VOTE_RESPONSE',
  append: 'RAFT_MESSAGE_TYPE_APPEND_ENTRIES',
  appendResponse: 'RAFT_MESSAGE_TYPE_APPEND_ENTRIES_RESPONSE',
  heartbeat: 'RAFT_MESSAGE_TYPE_HEARTBEAT',
  heartbeatResponse: 'RAFT_MESSAGE_TYPE_HEARTBEAT_RESPONSE',
  timeoutNow: 'RAFT_MESSAGE_TYPE_TIMEOUT_NOW',
  readIndex: 'RAFT_MESSAGE_TYPE_READ_INDEX',
  readIndexResponse: 'RAFT_MESSAGE_TYPE_READ_INDEX_RESPONSE'
}

const text = (s: string): Buffer => Buffer.from(s, 'utf8')
const seq = (b: Uint8Array): number => b.length === 0 ? 0 : Number(Buffer.from(b).toString('utf8'))

function toWireEntry (e: Entry): WireEntry {
  return { index: e.index, term: e.term, kind: `ENTRY_KIND_${e.kind}`, data: e.data }
}

function fromWireEntry (e: MessageOutput<'ipfscluster.consensus.v1.LogEntry'>): Entry {
  return { index: Number(e.index), term: Number(e.term), kind: e.kind.slice('ENTRY_KIND_'.length) as EntryKind, data: e.data }
}

/** The wire form of a core message; undefined for what does not travel as one (`snapshot`, `propose`). */
export function toWire (m: Message): WireMessage | undefined {
  const type = TYPES[m.type]
  if (type === undefined) return undefined
  const base: WireMessage = { type, term: m.term, from: m.from, to: m.to }
  switch (m.type) {
    case 'preVote': case 'vote':
      return { ...base, index: m.lastIndex, log_term: m.lastTerm, transfer: m.transfer }
    case 'preVoteResponse': case 'voteResponse':
      return { ...base, reject: m.reject }
    case 'append':
      return { ...base, index: m.prevIndex, log_term: m.prevTerm, commit: m.commit, entries: m.entries.map(toWireEntry) }
    case 'appendResponse':
      return { ...base, reject: m.reject, index: m.index, reject_hint: m.hintIndex, log_term: m.hintTerm }
    case 'heartbeat':
      return { ...base, commit: m.commit, context: m.readSeq === 0 ? Buffer.alloc(0) : text(String(m.readSeq)) }
    case 'heartbeatResponse':
      return { ...base, context: m.readSeq === 0 ? Buffer.alloc(0) : text(String(m.readSeq)) }
    case 'readIndex':
      return { ...base, context: text(m.context) }
    case 'readIndexResponse':
      return { ...base, context: text(m.context), index: m.index, reject: m.reject }
    default:
      return base
  }
}

/** The core message of a received wire message; undefined for unknown or shell-level types. */
export function fromWire (w: ReceivedMessage): Message | undefined {
  const base = { from: w.from, to: w.to, term: Number(w.term) }
  switch (w.type) {
    case 'RAFT_MESSAGE_TYPE_PRE_VOTE': case 'RAFT_MESSAGE_TYPE_VOTE':
      return { ...base, type: w.type === 'RAFT_MESSAGE_TYPE_VOTE' ? 'vote' : 'preVote', lastIndex: Number(w.index), lastTerm: Number(w.log_term), transfer: w.transfer }
    case 'RAFT_MESSAGE_TYPE_PRE_VOTE_RESPONSE': case 'RAFT_MESSAGE_TYPE_VOTE_RESPONSE':
      return { ...base, type: w.type === 'RAFT_MESSAGE_TYPE_VOTE_RESPONSE' ? 'voteResponse' : 'preVoteResponse', reject: w.reject }
    case 'RAFT_MESSAGE_TYPE_APPEND_ENTRIES':
      return { ...base, type: 'append', prevIndex: Number(w.index), prevTerm: Number(w.log_term), commit: Number(w.commit), entries: w.entries.map(fromWireEntry) }
    case 'RAFT_MESSAGE_TYPE_APPEND_ENTRIES_RESPONSE':
      return { ...base, type: 'appendResponse', reject: w.reject, index: Number(w.index), hintIndex: Number(w.reject_hint), hintTerm: Number(w.log_term) }
    case 'RAFT_MESSAGE_TYPE_HEARTBEAT':
      return { ...base, type: 'heartbeat', commit: Number(w.commit), readSeq: seq(w.context) }
    case 'RAFT_MESSAGE_TYPE_HEARTBEAT_RESPONSE':
      return { ...base, type: 'heartbeatResponse', readSeq: seq(w.context) }
    case 'RAFT_MESSAGE_TYPE_TIMEOUT_NOW':
      return { ...base, type: 'timeoutNow' }
    case 'RAFT_MESSAGE_TYPE_READ_INDEX':
      return { ...base, type: 'readIndex', context: w.context.toString('utf8') }
    case 'RAFT_MESSAGE_TYPE_READ_INDEX_RESPONSE':
      return { ...base, type: 'readIndexResponse', context: w.context.toString('utf8'), index: Number(w.index), reject: w.reject }
    default:
      return undefined
  }
}
