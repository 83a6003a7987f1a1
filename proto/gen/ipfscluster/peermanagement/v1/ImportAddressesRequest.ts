// Original file: ipfscluster/v1/peer_management.proto


/**
 * Request of PeerManager.ImportAddresses.
 */
export interface ImportAddressesRequest {
  /**
   * Multiaddrs with /p2p/<id>; this peer's own are skipped.
   */
  'addresses'?: (string)[];
}

/**
 * Request of PeerManager.ImportAddresses.
 */
export interface ImportAddressesRequest__Output {
  /**
   * Multiaddrs with /p2p/<id>; this peer's own are skipped.
   */
  'addresses': (string)[];
}
