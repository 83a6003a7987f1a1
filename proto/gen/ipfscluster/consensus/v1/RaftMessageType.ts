// Original file: ipfscluster/v1/consensus.proto

/**
 * Kind of a Raft message.
 */
export const RaftMessageType = {
  /**
   * Not set: invalid, dropped.
   */
  RAFT_MESSAGE_TYPE_UNSPECIFIED: 'RAFT_MESSAGE_TYPE_UNSPECIFIED',
  /**
   * Pre-vote request at `term` (= the candidate's term + 1, not adopted).
   */
  RAFT_MESSAGE_TYPE_PRE_VOTE: 'RAFT_MESSAGE_TYPE_PRE_VOTE',
  /**
   * Pre-vote answer; `reject` when refused.
   */
  RAFT_MESSAGE_TYPE_PRE_VOTE_RESPONSE: 'RAFT_MESSAGE_TYPE_PRE_VOTE_RESPONSE',
  /**
   * Vote request (go-libp2p-raft RequestVote).
   */
  RAFT_MESSAGE_TYPE_VOTE: 'RAFT_MESSAGE_TYPE_VOTE',
  /**
   * Vote answer; `reject` when refused.
   */
  RAFT_MESSAGE_TYPE_VOTE_RESPONSE: 'RAFT_MESSAGE_TYPE_VOTE_RESPONSE',
  /**
   * Log replication (AppendEntries); may carry no entries.
   */
  RAFT_MESSAGE_TYPE_APPEND_ENTRIES: 'RAFT_MESSAGE_TYPE_APPEND_ENTRIES',
  /**
   * AppendEntries answer: `index` = follower's match index, or `reject` with
   * `reject_hint`.
   */
  RAFT_MESSAGE_TYPE_APPEND_ENTRIES_RESPONSE: 'RAFT_MESSAGE_TYPE_APPEND_ENTRIES_RESPONSE',
  /**
   * Leader heartbeat carrying `commit`; `context` echoes a ReadIndex round.
   */
  RAFT_MESSAGE_TYPE_HEARTBEAT: 'RAFT_MESSAGE_TYPE_HEARTBEAT',
  /**
   * Heartbeat answer (CheckQuorum, ReadIndex confirmation).
   */
  RAFT_MESSAGE_TYPE_HEARTBEAT_RESPONSE: 'RAFT_MESSAGE_TYPE_HEARTBEAT_RESPONSE',
  /**
   * One snapshot chunk (InstallSnapshot).
   */
  RAFT_MESSAGE_TYPE_INSTALL_SNAPSHOT: 'RAFT_MESSAGE_TYPE_INSTALL_SNAPSHOT',
  /**
   * Snapshot chunk answer: `index` = bytes received so far, or `reject`.
   */
  RAFT_MESSAGE_TYPE_INSTALL_SNAPSHOT_RESPONSE: 'RAFT_MESSAGE_TYPE_INSTALL_SNAPSHOT_RESPONSE',
  /**
   * Start an election now, skipping pre-vote (leadership transfer).
   */
  RAFT_MESSAGE_TYPE_TIMEOUT_NOW: 'RAFT_MESSAGE_TYPE_TIMEOUT_NOW',
  /**
   * Follower asks the leader for a read index; `context` = request id.
   */
  RAFT_MESSAGE_TYPE_READ_INDEX: 'RAFT_MESSAGE_TYPE_READ_INDEX',
  /**
   * Leader's answer: `index` = read index; `context` echoed.
   */
  RAFT_MESSAGE_TYPE_READ_INDEX_RESPONSE: 'RAFT_MESSAGE_TYPE_READ_INDEX_RESPONSE',
} as const;

/**
 * Kind of a Raft message.
 */
export type RaftMessageType =
  /**
   * Not set: invalid, dropped.
   */
  | 'RAFT_MESSAGE_TYPE_UNSPECIFIED'
  | 0
  /**
   * Pre-vote request at `term` (= the candidate's term + 1, not adopted).
   */
  | 'RAFT_MESSAGE_TYPE_PRE_VOTE'
  | 1
  /**
   * Pre-vote answer; `reject` when refused.
   */
  | 'RAFT_MESSAGE_TYPE_PRE_VOTE_RESPONSE'
  | 2
  /**
   * Vote request (go-libp2p-raft RequestVote).
   */
  | 'RAFT_MESSAGE_TYPE_VOTE'
  | 3
  /**
   * Vote answer; `reject` when refused.
   */
  | 'RAFT_MESSAGE_TYPE_VOTE_RESPONSE'
  | 4
  /**
   * Log replication (AppendEntries); may carry no entries.
   */
  | 'RAFT_MESSAGE_TYPE_APPEND_ENTRIES'
  | 5
  /**
   * AppendEntries answer: `index` = follower's match index, or `reject` with
   * `reject_hint`.
   */
  | 'RAFT_MESSAGE_TYPE_APPEND_ENTRIES_RESPONSE'
  | 6
  /**
   * Leader heartbeat carrying `commit`; `context` echoes a ReadIndex round.
   */
  | 'RAFT_MESSAGE_TYPE_HEARTBEAT'
  | 7
  /**
   * Heartbeat answer (CheckQuorum, ReadIndex confirmation).
   */
  | 'RAFT_MESSAGE_TYPE_HEARTBEAT_RESPONSE'
  | 8
  /**
   * One snapshot chunk (InstallSnapshot).
   */
  | 'RAFT_MESSAGE_TYPE_INSTALL_SNAPSHOT'
  | 9
  /**
   * Snapshot chunk answer: `index` = bytes received so far, or `reject`.
   */
  | 'RAFT_MESSAGE_TYPE_INSTALL_SNAPSHOT_RESPONSE'
  | 10
  /**
   * Start an election now, skipping pre-vote (leadership transfer).
   */
  | 'RAFT_MESSAGE_TYPE_TIMEOUT_NOW'
  | 11
  /**
   * Follower asks the leader for a read index; `context` = request id.
   */
  | 'RAFT_MESSAGE_TYPE_READ_INDEX'
  | 12
  /**
   * Leader's answer: `index` = read index; `context` echoed.
   */
  | 'RAFT_MESSAGE_TYPE_READ_INDEX_RESPONSE'
  | 13

/**
 * Kind of a Raft message.
 */
export type RaftMessageType__Output = typeof RaftMessageType[keyof typeof RaftMessageType]
