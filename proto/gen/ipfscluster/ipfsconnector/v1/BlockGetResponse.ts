// Original file: ipfscluster/v1/ipfs_connector.proto


/**
 * Response of IPFSConnector.BlockGet.
 */
export interface BlockGetResponse {
  /**
   * Raw block bytes.
   */
  'data'?: (Buffer | Uint8Array | string);
}

/**
 * Response of IPFSConnector.BlockGet.
 */
export interface BlockGetResponse__Output {
  /**
   * Raw block bytes.
   */
  'data': (Buffer);
}
