// Original file: ipfscluster/v1/ipfs_connector.proto


/**
 * Request of IPFSConnector.BlockGet.
 */
export interface BlockGetRequest {
  /**
   * Binary CID of the block.
   */
  'cid'?: (Buffer | Uint8Array | string);
}

/**
 * Request of IPFSConnector.BlockGet.
 */
export interface BlockGetRequest__Output {
  /**
   * Binary CID of the block.
   */
  'cid': (Buffer);
}
