// Original file: ipfscluster/v1/cluster.proto


/**
 * Request of Cluster.RecoverLocal.
 */
export interface RecoverLocalRequest {
  /**
   * Binary CID.
   */
  'cid'?: (Buffer | Uint8Array | string);
}

/**
 * Request of Cluster.RecoverLocal.
 */
export interface RecoverLocalRequest__Output {
  /**
   * Binary CID.
   */
  'cid': (Buffer);
}
