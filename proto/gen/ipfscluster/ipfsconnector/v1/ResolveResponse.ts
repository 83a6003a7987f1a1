// Original file: ipfscluster/v1/ipfs_connector.proto


/**
 * Response of IPFSConnector.Resolve.
 */
export interface ResolveResponse {
  /**
   * Binary CID the path resolves to.
   */
  'cid'?: (Buffer | Uint8Array | string);
}

/**
 * Response of IPFSConnector.Resolve.
 */
export interface ResolveResponse__Output {
  /**
   * Binary CID the path resolves to.
   */
  'cid': (Buffer);
}
