// Original file: ipfscluster/v1/consensus.proto


/**
 * Cluster membership, the payload of a CONFIGURATION entry.
 */
export interface Configuration {
  /**
   * Voting members' peer IDs, sorted.
   */
  'voters'?: (string)[];
  /**
   * Non-voting members (being caught up), sorted.
   */
  'learners'?: (string)[];
}

/**
 * Cluster membership, the payload of a CONFIGURATION entry.
 */
export interface Configuration__Output {
  /**
   * Voting members' peer IDs, sorted.
   */
  'voters': (string)[];
  /**
   * Non-voting members (being caught up), sorted.
   */
  'learners': (string)[];
}
