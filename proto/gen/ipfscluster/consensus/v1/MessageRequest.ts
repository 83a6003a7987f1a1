// Original file: ipfscluster/v1/consensus.proto

import type { RaftMessage as _ipfscluster_consensus_v1_RaftMessage, RaftMessage__Output as _ipfscluster_consensus_v1_RaftMessage__Output } from '../../../ipfscluster/consensus/v1/RaftMessage.js';

/**
 * Request of Raft.Message.
 */
export interface MessageRequest {
  /**
   * The message to deliver.
   */
  'message'?: (_ipfscluster_consensus_v1_RaftMessage | null);
}

/**
 * Request of Raft.Message.
 */
export interface MessageRequest__Output {
  /**
   * The message to deliver.
   */
  'message': (_ipfscluster_consensus_v1_RaftMessage__Output | null);
}
