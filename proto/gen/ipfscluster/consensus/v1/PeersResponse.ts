// Original file: ipfscluster/v1/consensus.proto


/**
 * Response of Consensus.Peers.
 */
export interface PeersResponse {
  /**
   * Voter and learner peer IDs, sorted; empty in join mode before being added.
   */
  'peers'?: (string)[];
}

/**
 * Response of Consensus.Peers.
 */
export interface PeersResponse__Output {
  /**
   * Voter and learner peer IDs, sorted; empty in join mode before being added.
   */
  'peers': (string)[];
}
