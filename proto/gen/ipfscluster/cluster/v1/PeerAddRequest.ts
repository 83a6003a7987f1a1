// Original file: ipfscluster/v1/cluster.proto


/**
 * Request of Cluster.PeerAdd.
 */
export interface PeerAddRequest {
  /**
   * Peer ID to add; its address must be known (connection or address book),
   * else "no known address for peer <id>". Ignored when `address` is set.
   */
  'peer_id'?: (string);
  /**
   * Multiaddr with /p2p/<id> (join flow, v0.3.1 `peer_multiaddress`);
   * "" = use `peer_id`.
   */
  'address'?: (string);
}

/**
 * Request of Cluster.PeerAdd.
 */
export interface PeerAddRequest__Output {
  /**
   * Peer ID to add; its address must be known (connection or address book),
   * else "no known address for peer <id>". Ignored when `address` is set.
   */
  'peer_id': (string);
  /**
   * Multiaddr with /p2p/<id> (join flow, v0.3.1 `peer_multiaddress`);
   * "" = use `peer_id`.
   */
  'address': (string);
}
