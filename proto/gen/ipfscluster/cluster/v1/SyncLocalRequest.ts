// Original file: ipfscluster/v1/cluster.proto


/**
 * Request of Cluster.SyncLocal.
 */
export interface SyncLocalRequest {
  /**
   * Binary CID.
   */
  'cid'?: (Buffer | Uint8Array | string);
}

/**
 * Request of Cluster.SyncLocal.
 */
export interface SyncLocalRequest__Output {
  /**
   * Binary CID.
   */
  'cid': (Buffer);
}
