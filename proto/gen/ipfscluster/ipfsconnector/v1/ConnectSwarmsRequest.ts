// Original file: ipfscluster/v1/ipfs_connector.proto


/**
 * Request of IPFSConnector.ConnectSwarms.
 */
export interface ConnectSwarmsRequest {
  /**
   * IPFS multiaddrs (with /p2p/) to connect to; empty = every other cluster
   * peer's IPFS addresses from the monitor's ping metrics.
   */
  'addresses'?: (string)[];
}

/**
 * Request of IPFSConnector.ConnectSwarms.
 */
export interface ConnectSwarmsRequest__Output {
  /**
   * IPFS multiaddrs (with /p2p/) to connect to; empty = every other cluster
   * peer's IPFS addresses from the monitor's ping metrics.
   */
  'addresses': (string)[];
}
