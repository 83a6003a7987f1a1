// Original file: ipfscluster/v1/cluster.proto


/**
 * Request of Cluster.Recover.
 */
export interface RecoverRequest {
  /**
   * Binary CID.
   */
  'cid'?: (Buffer | Uint8Array | string);
}

/**
 * Request of Cluster.Recover.
 */
export interface RecoverRequest__Output {
  /**
   * Binary CID.
   */
  'cid': (Buffer);
}
