// Original file: ipfscluster/v1/cluster.proto


/**
 * Request of Cluster.PeerRemove.
 */
export interface PeerRemoveRequest {
  /**
   * Peer ID to remove (may be self).
   */
  'peer_id'?: (string);
}

/**
 * Request of Cluster.PeerRemove.
 */
export interface PeerRemoveRequest__Output {
  /**
   * Peer ID to remove (may be self).
   */
  'peer_id': (string);
}
