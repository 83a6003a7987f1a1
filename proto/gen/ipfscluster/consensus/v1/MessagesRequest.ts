// Original file: ipfscluster/v1/consensus.proto

import type { RaftMessage as _ipfscluster_consensus_v1_RaftMessage, RaftMessage__Output as _ipfscluster_consensus_v1_RaftMessage__Output } from '../../../ipfscluster/consensus/v1/RaftMessage.js';

/**
 * One item of Raft.Messages.
 */
export interface MessagesRequest {
  /**
   * Messages to deliver, in order (a batch from one `ready()`).
   */
  'messages'?: (_ipfscluster_consensus_v1_RaftMessage)[];
}

/**
 * One item of Raft.Messages.
 */
export interface MessagesRequest__Output {
  /**
   * Messages to deliver, in order (a batch from one `ready()`).
   */
  'messages': (_ipfscluster_consensus_v1_RaftMessage__Output)[];
}
