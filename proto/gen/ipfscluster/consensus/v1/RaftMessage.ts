// Original file: ipfscluster/v1/consensus.proto

import type { RaftMessageType as _ipfscluster_consensus_v1_RaftMessageType, RaftMessageType__Output as _ipfscluster_consensus_v1_RaftMessageType__Output } from '../../../ipfscluster/consensus/v1/RaftMessageType.js';
import type { LogEntry as _ipfscluster_consensus_v1_LogEntry, LogEntry__Output as _ipfscluster_consensus_v1_LogEntry__Output } from '../../../ipfscluster/consensus/v1/LogEntry.js';
import type { SnapshotChunk as _ipfscluster_consensus_v1_SnapshotChunk, SnapshotChunk__Output as _ipfscluster_consensus_v1_SnapshotChunk__Output } from '../../../ipfscluster/consensus/v1/SnapshotChunk.js';
import type { Long } from '@grpc/proto-loader';

/**
 * One Raft message. Fields not used by a type are left at their defaults.
 */
export interface RaftMessage {
  /**
   * What this message is.
   */
  'type'?: (_ipfscluster_consensus_v1_RaftMessageType);
  /**
   * Sender's term (pre-vote: the term it would campaign in).
   */
  'term'?: (number | string | Long);
  /**
   * Sender's peer ID; must equal the relay-authenticated caller.
   */
  'from'?: (string);
  /**
   * Receiver's peer ID.
   */
  'to'?: (string);
  /**
   * APPEND_ENTRIES: term of the entry at `index`; (PRE_)VOTE: term of the
   * candidate's last entry; APPEND_ENTRIES_RESPONSE with reject: term of the
   * follower's entry at `reject_hint`.
   */
  'log_term'?: (number | string | Long);
  /**
   * APPEND_ENTRIES: index preceding `entries`; (PRE_)VOTE: candidate's last
   * index; responses: see RaftMessageType.
   */
  'index'?: (number | string | Long);
  /**
   * APPEND_ENTRIES: entries to append (at most max_append_entries).
   */
  'entries'?: (_ipfscluster_consensus_v1_LogEntry)[];
  /**
   * Leader's commit index (APPEND_ENTRIES, HEARTBEAT).
   */
  'commit'?: (number | string | Long);
  /**
   * Responses: the request was refused.
   */
  'reject'?: (boolean);
  /**
   * APPEND_ENTRIES_RESPONSE with reject: the follower's last log index.
   */
  'reject_hint'?: (number | string | Long);
  /**
   * INSTALL_SNAPSHOT: the chunk.
   */
  'snapshot'?: (_ipfscluster_consensus_v1_SnapshotChunk | null);
  /**
   * Opaque request id for ReadIndex rounds; empty otherwise.
   */
  'context'?: (Buffer | Uint8Array | string);
  /**
   * (PRE_)VOTE: the election was started by TIMEOUT_NOW (leadership
   * transfer), so voters skip leader stickiness.
   */
  'transfer'?: (boolean);
}

/**
 * One Raft message. Fields not used by a type are left at their defaults.
 */
export interface RaftMessage__Output {
  /**
   * What this message is.
   */
  'type': (_ipfscluster_consensus_v1_RaftMessageType__Output);
  /**
   * Sender's term (pre-vote: the term it would campaign in).
   */
  'term': (string);
  /**
   * Sender's peer ID; must equal the relay-authenticated caller.
   */
  'from': (string);
  /**
   * Receiver's peer ID.
   */
  'to': (string);
  /**
   * APPEND_ENTRIES: term of the entry at `index`; (PRE_)VOTE: term of the
   * candidate's last entry; APPEND_ENTRIES_RESPONSE with reject: term of the
   * follower's entry at `reject_hint`.
   */
  'log_term': (string);
  /**
   * APPEND_ENTRIES: index preceding `entries`; (PRE_)VOTE: candidate's last
   * index; responses: see RaftMessageType.
   */
  'index': (string);
  /**
   * APPEND_ENTRIES: entries to append (at most max_append_entries).
   */
  'entries': (_ipfscluster_consensus_v1_LogEntry__Output)[];
  /**
   * Leader's commit index (APPEND_ENTRIES, HEARTBEAT).
   */
  'commit': (string);
  /**
   * Responses: the request was refused.
   */
  'reject': (boolean);
  /**
   * APPEND_ENTRIES_RESPONSE with reject: the follower's last log index.
   */
  'reject_hint': (string);
  /**
   * INSTALL_SNAPSHOT: the chunk.
   */
  'snapshot': (_ipfscluster_consensus_v1_SnapshotChunk__Output | null);
  /**
   * Opaque request id for ReadIndex rounds; empty otherwise.
   */
  'context': (Buffer);
  /**
   * (PRE_)VOTE: the election was started by TIMEOUT_NOW (leadership
   * transfer), so voters skip leader stickiness.
   */
  'transfer': (boolean);
}
