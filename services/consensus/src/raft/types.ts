/**
 * Data types shared by the Raft core, its storage and its shell: log entries,
 * hard state, configurations, snapshot metadata and the peer messages.
 *
 * Everything here is plain data (no classes, no methods) so the shell can
 * encode it to protobuf and the simulator can pass it around by reference.
 * The core never mutates an object once it has handed it out.
 */

/** A server's identity; in ipfs-cluster it is the libp2p peer ID string. */
export type NodeId = string

/** What a log entry carries (consensus.md §3). */
export const EntryKind = {
  /** A cluster op (protobuf `Op`), opaque to the core. */
  COMMAND: 'COMMAND',
  /** Appended by every new leader so it can commit entries of earlier terms. */
  NOOP: 'NOOP',
  /** A membership change; `data` is {@link encodeConfiguration} output. */
  CONFIGURATION: 'CONFIGURATION',
  /** Opaque to the core like COMMAND; the shell may use it to wait for apply. */
  BARRIER: 'BARRIER'
} as const
export type EntryKind = typeof EntryKind[keyof typeof EntryKind]

/** One entry of the replicated log. Indexes start at 1; terms start at 1. */
export interface Entry {
  readonly index: number
  readonly term: number
  readonly kind: EntryKind
  readonly data: Uint8Array
}

/**
 * What must survive a crash besides the log. `term` and `vote` must be durable
 * before any message that depends on them leaves the node (see {@link Ready});
 * `commit` is advisory (losing it is safe; it lets a restart re-apply sooner).
 */
export interface HardState {
  readonly term: number
  /** The candidate voted for in `term`, or null. */
  readonly vote: NodeId | null
  readonly commit: number
}

/** A cluster membership: voters count towards quorums, learners only replicate. Both lists sorted, disjoint. */
export interface Configuration {
  readonly voters: readonly NodeId[]
  readonly learners: readonly NodeId[]
}

/**
 * Describes a snapshot of the applied state at `index`. The core only handles
 * this metadata; the bytes of the state belong to the shell.
 */
export interface SnapshotMeta {
  /** Last log index covered by the snapshot. */
  readonly index: number
  /** Term of the entry at `index`. */
  readonly term: number
  /** The configuration in effect at `index` (the latest CONFIGURATION entry ≤ index). */
  readonly configuration: Configuration
  /** Index of the entry that carried `configuration` (0 for none). */
  readonly configurationIndex: number
}

/** Roles as reported by {@link Status}; `learner` is a follower that is not a voter. */
export const Role = {
  FOLLOWER: 'follower',
  PRE_CANDIDATE: 'pre-candidate',
  CANDIDATE: 'candidate',
  LEADER: 'leader',
  LEARNER: 'learner'
} as const
export type Role = typeof Role[keyof typeof Role]

interface MessageBase {
  readonly from: NodeId
  readonly to: NodeId
  /** Sender's term; 0 for the term-agnostic `propose` and `readIndex`. */
  readonly term: number
}

/** Leader → follower: append `entries` after (prevIndex, prevTerm). Empty entries = commit/probe only. */
export interface AppendMessage extends MessageBase {
  readonly type: 'append'
  readonly prevIndex: number
  readonly prevTerm: number
  readonly entries: readonly Entry[]
  readonly commit: number
}

/**
 * Follower → leader. Success: `index` is the highest index the follower's
 * durable log matches. Rejection: `index` is the prevIndex that did not match
 * and (hintIndex, hintTerm) is where the leader should probe next: the
 * follower's last index ≤ prevIndex whose term ≤ the leader's prevTerm.
 */
export interface AppendResponseMessage extends MessageBase {
  readonly type: 'appendResponse'
  readonly reject: boolean
  readonly index: number
  readonly hintIndex: number
  readonly hintTerm: number
}

/** Leader → follower: liveness and commit. `readSeq` ≠ 0 asks the follower to confirm a ReadIndex round. */
export interface HeartbeatMessage extends MessageBase {
  readonly type: 'heartbeat'
  readonly commit: number
  readonly readSeq: number
}

export interface HeartbeatResponseMessage extends MessageBase {
  readonly type: 'heartbeatResponse'
  readonly readSeq: number
}

/**
 * Candidate → voter. For `preVote`, `term` is the term the sender would
 * campaign at (its term + 1) and nothing is persisted by either side.
 * `transfer` marks an election started by TimeoutNow: voters skip stickiness.
 */
export interface VoteMessage extends MessageBase {
  readonly type: 'vote' | 'preVote'
  readonly lastIndex: number
  readonly lastTerm: number
  readonly transfer: boolean
}

export interface VoteResponseMessage extends MessageBase {
  readonly type: 'voteResponse' | 'preVoteResponse'
  readonly reject: boolean
}

/**
 * Leader → follower: "install my snapshot described by `snapshot`". The
 * leader's shell attaches the state bytes of that snapshot (it is the
 * shell's newest one: `Storage.snapshot()`), ships them in chunks, and steps
 * this message into the follower's core only once all bytes are received and
 * verified. The leader's shell then calls `reportSnapshot(to, ok)`.
 */
export interface SnapshotMessage extends MessageBase {
  readonly type: 'snapshot'
  readonly snapshot: SnapshotMeta
}

/** Leader → most up-to-date voter: campaign now, skipping PreVote (leader leaving). */
export interface TimeoutNowMessage extends MessageBase {
  readonly type: 'timeoutNow'
}

/** Follower → leader: ask for a read index on behalf of `context`. */
export interface ReadIndexMessage extends MessageBase {
  readonly type: 'readIndex'
  readonly context: string
}

/** Leader → follower: answer to {@link ReadIndexMessage}; `reject` when the receiver was not leader. */
export interface ReadIndexResponseMessage extends MessageBase {
  readonly type: 'readIndexResponse'
  readonly context: string
  readonly index: number
  readonly reject: boolean
}

/** Follower → leader: fire-and-forget proposal forwarding (no result comes back). */
export interface ProposeMessage extends MessageBase {
  readonly type: 'propose'
  readonly entries: ReadonlyArray<{ readonly kind: EntryKind, readonly data: Uint8Array }>
}

/** Every message the core sends or accepts. */
export type Message =
  | AppendMessage | AppendResponseMessage
  | HeartbeatMessage | HeartbeatResponseMessage
  | VoteMessage | VoteResponseMessage
  | SnapshotMessage | TimeoutNowMessage
  | ReadIndexMessage | ReadIndexResponseMessage
  | ProposeMessage

export type MessageType = Message['type']

/** A completed ReadIndex: once applied ≥ `index`, a read for `context` is linearizable. */
export interface ReadState {
  readonly index: number
  readonly context: string
}

/** Where a proposal landed; it succeeded iff the entry applied at `index` has this `term`. */
export interface Proposal {
  readonly index: number
  readonly term: number
}

/** Volatile state worth telling the shell about when it changes. */
export interface SoftState {
  readonly leader: NodeId | null
  readonly role: Role
}

/** Per-follower replication state as seen by a leader (diagnostics). */
export interface PeerProgress {
  readonly match: number
  readonly next: number
  readonly state: 'probe' | 'replicate' | 'snapshot'
  readonly learner: boolean
}

/** A consistent picture of the core, for `Status()` and tests. */
export interface Status {
  readonly id: NodeId
  readonly role: Role
  readonly term: number
  readonly vote: NodeId | null
  readonly leader: NodeId | null
  readonly commit: number
  readonly applied: number
  readonly firstIndex: number
  readonly lastIndex: number
  readonly snapshotIndex: number
  readonly configuration: Configuration
  readonly configurationIndex: number
  /** Only on a leader: every peer it replicates to (itself excluded). */
  readonly progress?: Readonly<Record<NodeId, PeerProgress>>
}
