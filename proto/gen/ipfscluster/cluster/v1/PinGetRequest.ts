// Original file: ipfscluster/v1/cluster.proto


/**
 * Request of Cluster.PinGet.
 */
export interface PinGetRequest {
  /**
   * Binary CID.
   */
  'cid'?: (Buffer | Uint8Array | string);
}

/**
 * Request of Cluster.PinGet.
 */
export interface PinGetRequest__Output {
  /**
   * Binary CID.
   */
  'cid': (Buffer);
}
