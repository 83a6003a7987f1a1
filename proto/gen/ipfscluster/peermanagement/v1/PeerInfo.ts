// Original file: ipfscluster/v1/peer_management.proto


/**
 * A peer known to the address book.
 */
export interface PeerInfo {
  /**
   * Cluster peer ID.
   */
  'peer_id'?: (string);
  /**
   * Known multiaddrs with /p2p/<peer_id>; empty when none.
   */
  'addresses'?: (string)[];
  /**
   * True when a libp2p connection is open.
   */
  'connected'?: (boolean);
}

/**
 * A peer known to the address book.
 */
export interface PeerInfo__Output {
  /**
   * Cluster peer ID.
   */
  'peer_id': (string);
  /**
   * Known multiaddrs with /p2p/<peer_id>; empty when none.
   */
  'addresses': (string)[];
  /**
   * True when a libp2p connection is open.
   */
  'connected': (boolean);
}
