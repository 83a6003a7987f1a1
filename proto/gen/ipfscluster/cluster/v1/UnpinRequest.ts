// Original file: ipfscluster/v1/cluster.proto


/**
 * Request of Cluster.Unpin.
 */
export interface UnpinRequest {
  /**
   * Binary CID to unpin.
   */
  'cid'?: (Buffer | Uint8Array | string);
}

/**
 * Request of Cluster.Unpin.
 */
export interface UnpinRequest__Output {
  /**
   * Binary CID to unpin.
   */
  'cid': (Buffer);
}
