// Original file: ipfscluster/v1/peer_management.proto


/**
 * Request of PeerManager.RemoteMultiaddrForPeer.
 */
export interface RemoteMultiaddrForPeerRequest {
  /**
   * Peer ID whose address is wanted.
   */
  'peer_id'?: (string);
}

/**
 * Request of PeerManager.RemoteMultiaddrForPeer.
 */
export interface RemoteMultiaddrForPeerRequest__Output {
  /**
   * Peer ID whose address is wanted.
   */
  'peer_id': (string);
}
