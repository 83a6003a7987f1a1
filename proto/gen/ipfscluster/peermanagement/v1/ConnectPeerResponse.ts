// Original file: ipfscluster/v1/peer_management.proto


/**
 * Response of PeerManager.ConnectPeer.
 */
export interface ConnectPeerResponse {
  /**
   * Peer ID of the connected peer.
   */
  'peer_id'?: (string);
}

/**
 * Response of PeerManager.ConnectPeer.
 */
export interface ConnectPeerResponse__Output {
  /**
   * Peer ID of the connected peer.
   */
  'peer_id': (string);
}
