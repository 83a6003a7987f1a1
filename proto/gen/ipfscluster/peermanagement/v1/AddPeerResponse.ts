// Original file: ipfscluster/v1/peer_management.proto


/**
 * Response of PeerManager.AddPeer.
 */
export interface AddPeerResponse {
  /**
   * Peer ID taken from the address.
   */
  'peer_id'?: (string);
}

/**
 * Response of PeerManager.AddPeer.
 */
export interface AddPeerResponse__Output {
  /**
   * Peer ID taken from the address.
   */
  'peer_id': (string);
}
