// Original file: ipfscluster/v1/consensus.proto

import type { EntryKind as _ipfscluster_consensus_v1_EntryKind, EntryKind__Output as _ipfscluster_consensus_v1_EntryKind__Output } from '../../../ipfscluster/consensus/v1/EntryKind.js';
import type { Long } from '@grpc/proto-loader';

/**
 * One Raft log entry (also the WAL record payload).
 */
export interface LogEntry {
  /**
   * Log index (1-based).
   */
  'index'?: (number | string | Long);
  /**
   * Term in which the entry was created.
   */
  'term'?: (number | string | Long);
  /**
   * What `data` holds.
   */
  'kind'?: (_ipfscluster_consensus_v1_EntryKind);
  /**
   * Encoded payload (see EntryKind); empty for NOOP/BARRIER.
   */
  'data'?: (Buffer | Uint8Array | string);
}

/**
 * One Raft log entry (also the WAL record payload).
 */
export interface LogEntry__Output {
  /**
   * Log index (1-based).
   */
  'index': (string);
  /**
   * Term in which the entry was created.
   */
  'term': (string);
  /**
   * What `data` holds.
   */
  'kind': (_ipfscluster_consensus_v1_EntryKind__Output);
  /**
   * Encoded payload (see EntryKind); empty for NOOP/BARRIER.
   */
  'data': (Buffer);
}
