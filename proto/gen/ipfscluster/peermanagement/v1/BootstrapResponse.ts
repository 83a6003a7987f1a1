// Original file: ipfscluster/v1/peer_management.proto


/**
 * Response of PeerManager.Bootstrap.
 */
export interface BootstrapResponse {
  /**
   * Peer ID of the peer that accepted the join.
   */
  'peer_id'?: (string);
  /**
   * The address that worked.
   */
  'address'?: (string);
}

/**
 * Response of PeerManager.Bootstrap.
 */
export interface BootstrapResponse__Output {
  /**
   * Peer ID of the peer that accepted the join.
   */
  'peer_id': (string);
  /**
   * The address that worked.
   */
  'address': (string);
}
