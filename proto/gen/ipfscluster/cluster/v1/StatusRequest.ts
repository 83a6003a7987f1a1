// Original file: ipfscluster/v1/cluster.proto


/**
 * Request of Cluster.Status.
 */
export interface StatusRequest {
  /**
   * Binary CID.
   */
  'cid'?: (Buffer | Uint8Array | string);
}

/**
 * Request of Cluster.Status.
 */
export interface StatusRequest__Output {
  /**
   * Binary CID.
   */
  'cid': (Buffer);
}
