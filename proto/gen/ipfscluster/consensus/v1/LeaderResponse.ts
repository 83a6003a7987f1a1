// Original file: ipfscluster/v1/consensus.proto


/**
 * Response of Consensus.Leader.
 */
export interface LeaderResponse {
  /**
   * Leader's cluster peer ID.
   */
  'leader'?: (string);
}

/**
 * Response of Consensus.Leader.
 */
export interface LeaderResponse__Output {
  /**
   * Leader's cluster peer ID.
   */
  'leader': (string);
}
