// Original file: ipfscluster/v1/peer_management.proto


/**
 * Response of PeerManager.RemoteMultiaddrForPeer.
 */
export interface RemoteMultiaddrForPeerResponse {
  /**
   * Remote address of the live connection + /p2p/<peer_id>.
   */
  'address'?: (string);
}

/**
 * Response of PeerManager.RemoteMultiaddrForPeer.
 */
export interface RemoteMultiaddrForPeerResponse__Output {
  /**
   * Remote address of the live connection + /p2p/<peer_id>.
   */
  'address': (string);
}
