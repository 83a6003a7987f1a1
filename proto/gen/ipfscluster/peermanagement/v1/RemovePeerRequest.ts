// Original file: ipfscluster/v1/peer_management.proto


/**
 * Request of PeerManager.RemovePeer.
 */
export interface RemovePeerRequest {
  /**
   * Peer ID to hang up on and forget.
   */
  'peer_id'?: (string);
}

/**
 * Request of PeerManager.RemovePeer.
 */
export interface RemovePeerRequest__Output {
  /**
   * Peer ID to hang up on and forget.
   */
  'peer_id': (string);
}
