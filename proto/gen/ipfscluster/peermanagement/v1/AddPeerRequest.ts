// Original file: ipfscluster/v1/peer_management.proto


/**
 * Request of PeerManager.AddPeer.
 */
export interface AddPeerRequest {
  /**
   * Multiaddr with /p2p/<id>.
   */
  'address'?: (string);
}

/**
 * Request of PeerManager.AddPeer.
 */
export interface AddPeerRequest__Output {
  /**
   * Multiaddr with /p2p/<id>.
   */
  'address': (string);
}
