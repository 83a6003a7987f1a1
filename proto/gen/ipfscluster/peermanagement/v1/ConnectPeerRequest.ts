// Original file: ipfscluster/v1/peer_management.proto


/**
 * Request of PeerManager.ConnectPeer.
 */
export interface ConnectPeerRequest {
  /**
   * Multiaddr with /p2p/<id>; /dns* addresses resolved (2 s timeout).
   */
  'address'?: (string);
}

/**
 * Request of PeerManager.ConnectPeer.
 */
export interface ConnectPeerRequest__Output {
  /**
   * Multiaddr with /p2p/<id>; /dns* addresses resolved (2 s timeout).
   */
  'address': (string);
}
