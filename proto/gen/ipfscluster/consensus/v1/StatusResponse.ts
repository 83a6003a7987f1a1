// Original file: ipfscluster/v1/consensus.proto

import type { RaftRole as _ipfscluster_consensus_v1_RaftRole, RaftRole__Output as _ipfscluster_consensus_v1_RaftRole__Output } from '../../../ipfscluster/consensus/v1/RaftRole.js';
import type { Configuration as _ipfscluster_consensus_v1_Configuration, Configuration__Output as _ipfscluster_consensus_v1_Configuration__Output } from '../../../ipfscluster/consensus/v1/Configuration.js';
import type { Long } from '@grpc/proto-loader';

/**
 * Response of Consensus.Status.
 */
export interface StatusResponse {
  /**
   * This node's peer ID.
   */
  'id'?: (string);
  /**
   * Current role.
   */
  'role'?: (_ipfscluster_consensus_v1_RaftRole);
  /**
   * Current term.
   */
  'term'?: (number | string | Long);
  /**
   * Known leader's peer ID; "" when none.
   */
  'leader'?: (string);
  /**
   * Highest index known committed.
   */
  'commit_index'?: (number | string | Long);
  /**
   * Highest index applied to the state.
   */
  'applied_index'?: (number | string | Long);
  /**
   * Last index in the log.
   */
  'last_index'?: (number | string | Long);
  /**
   * Index covered by the newest snapshot; 0 when none.
   */
  'snapshot_index'?: (number | string | Long);
  /**
   * Current (latest appended) configuration.
   */
  'configuration'?: (_ipfscluster_consensus_v1_Configuration | null);
  /**
   * Log index of that configuration entry; 0 when none.
   */
  'configuration_index'?: (number | string | Long);
}

/**
 * Response of Consensus.Status.
 */
export interface StatusResponse__Output {
  /**
   * This node's peer ID.
   */
  'id': (string);
  /**
   * Current role.
   */
  'role': (_ipfscluster_consensus_v1_RaftRole__Output);
  /**
   * Current term.
   */
  'term': (string);
  /**
   * Known leader's peer ID; "" when none.
   */
  'leader': (string);
  /**
   * Highest index known committed.
   */
  'commit_index': (string);
  /**
   * Highest index applied to the state.
   */
  'applied_index': (string);
  /**
   * Last index in the log.
   */
  'last_index': (string);
  /**
   * Index covered by the newest snapshot; 0 when none.
   */
  'snapshot_index': (string);
  /**
   * Current (latest appended) configuration.
   */
  'configuration': (_ipfscluster_consensus_v1_Configuration__Output | null);
  /**
   * Log index of that configuration entry; 0 when none.
   */
  'configuration_index': (string);
}
