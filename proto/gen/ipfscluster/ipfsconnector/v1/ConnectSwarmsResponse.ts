// Original file: ipfscluster/v1/ipfs_connector.proto


/**
 * Response of IPFSConnector.ConnectSwarms.
 */
export interface ConnectSwarmsResponse {
  /**
   * Addresses the daemon connected to; empty when none succeeded.
   */
  'connected'?: (string)[];
}

/**
 * Response of IPFSConnector.ConnectSwarms.
 */
export interface ConnectSwarmsResponse__Output {
  /**
   * Addresses the daemon connected to; empty when none succeeded.
   */
  'connected': (string)[];
}
