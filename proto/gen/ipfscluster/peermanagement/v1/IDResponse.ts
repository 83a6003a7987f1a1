// Original file: ipfscluster/v1/peer_management.proto


/**
 * Response of PeerManager.ID.
 */
export interface IDResponse {
  /**
   * This peer's cluster (libp2p) peer ID.
   */
  'peer_id'?: (string);
  /**
   * Listen multiaddrs with /p2p/<peer_id>; empty before the host listens.
   */
  'addresses'?: (string)[];
  /**
   * Peer IDs with an open libp2p connection, sorted; empty when none.
   */
  'connected_peers'?: (string)[];
}

/**
 * Response of PeerManager.ID.
 */
export interface IDResponse__Output {
  /**
   * This peer's cluster (libp2p) peer ID.
   */
  'peer_id': (string);
  /**
   * Listen multiaddrs with /p2p/<peer_id>; empty before the host listens.
   */
  'addresses': (string)[];
  /**
   * Peer IDs with an open libp2p connection, sorted; empty when none.
   */
  'connected_peers': (string)[];
}
