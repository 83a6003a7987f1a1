// Original file: ipfscluster/v1/ipfs_connector.proto


/**
 * Request of IPFSConnector.Resolve.
 */
export interface ResolveRequest {
  /**
   * IPFS path: "/ipfs/<cid>/a/b", "/ipns/…", "/ipld/…", or a bare CID.
   */
  'path'?: (string);
}

/**
 * Request of IPFSConnector.Resolve.
 */
export interface ResolveRequest__Output {
  /**
   * IPFS path: "/ipfs/<cid>/a/b", "/ipns/…", "/ipld/…", or a bare CID.
   */
  'path': (string);
}
