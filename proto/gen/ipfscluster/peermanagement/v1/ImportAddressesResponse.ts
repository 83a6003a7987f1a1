// Original file: ipfscluster/v1/peer_management.proto


/**
 * Response of PeerManager.ImportAddresses.
 */
export interface ImportAddressesResponse {
  /**
   * Number of addresses added.
   */
  'imported'?: (number);
}

/**
 * Response of PeerManager.ImportAddresses.
 */
export interface ImportAddressesResponse__Output {
  /**
   * Number of addresses added.
   */
  'imported': (number);
}
