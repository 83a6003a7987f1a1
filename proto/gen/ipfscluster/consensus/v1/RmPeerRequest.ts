// Original file: ipfscluster/v1/consensus.proto


/**
 * Request of Consensus.RmPeer.
 */
export interface RmPeerRequest {
  /**
   * Cluster peer ID to remove (may be this peer).
   */
  'peer_id'?: (string);
}

/**
 * Request of Consensus.RmPeer.
 */
export interface RmPeerRequest__Output {
  /**
   * Cluster peer ID to remove (may be this peer).
   */
  'peer_id': (string);
}
