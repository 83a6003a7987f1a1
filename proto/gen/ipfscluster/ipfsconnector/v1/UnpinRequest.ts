// Original file: ipfscluster/v1/ipfs_connector.proto


/**
 * Request of IPFSConnector.Unpin.
 */
export interface UnpinRequest {
  /**
   * Binary CID to unpin.
   */
  'cid'?: (Buffer | Uint8Array | string);
}

/**
 * Request of IPFSConnector.Unpin.
 */
export interface UnpinRequest__Output {
  /**
   * Binary CID to unpin.
   */
  'cid': (Buffer);
}
