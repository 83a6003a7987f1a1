// Original file: ipfscluster/v1/peer_management.proto


/**
 * Request of PeerManager.Bootstrap.
 */
export interface BootstrapRequest {
  /**
   * Multiaddrs with /p2p/<id>, tried in order; empty = `cluster.bootstrap`.
   */
  'addresses'?: (string)[];
}

/**
 * Request of PeerManager.Bootstrap.
 */
export interface BootstrapRequest__Output {
  /**
   * Multiaddrs with /p2p/<id>, tried in order; empty = `cluster.bootstrap`.
   */
  'addresses': (string)[];
}
