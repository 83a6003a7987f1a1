// Original file: ipfscluster/v1/consensus.proto


/**
 * Request of Consensus.AddPeer.
 */
export interface AddPeerRequest {
  /**
   * Cluster peer ID to add (its address must be known to peer-management).
   */
  'peer_id'?: (string);
}

/**
 * Request of Consensus.AddPeer.
 */
export interface AddPeerRequest__Output {
  /**
   * Cluster peer ID to add (its address must be known to peer-management).
   */
  'peer_id': (string);
}
