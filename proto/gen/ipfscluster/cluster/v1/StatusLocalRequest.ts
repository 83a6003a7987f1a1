// Original file: ipfscluster/v1/cluster.proto


/**
 * Request of Cluster.StatusLocal.
 */
export interface StatusLocalRequest {
  /**
   * Binary CID.
   */
  'cid'?: (Buffer | Uint8Array | string);
}

/**
 * Request of Cluster.StatusLocal.
 */
export interface StatusLocalRequest__Output {
  /**
   * Binary CID.
   */
  'cid': (Buffer);
}
