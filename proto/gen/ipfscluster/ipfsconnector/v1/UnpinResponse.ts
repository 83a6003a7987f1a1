// Original file: ipfscluster/v1/ipfs_connector.proto


/**
 * Response of IPFSConnector.Unpin.
 */
export interface UnpinResponse {
  /**
   * False when IPFS said "not pinned" (still a success).
   */
  'was_pinned'?: (boolean);
}

/**
 * Response of IPFSConnector.Unpin.
 */
export interface UnpinResponse__Output {
  /**
   * False when IPFS said "not pinned" (still a success).
   */
  'was_pinned': (boolean);
}
