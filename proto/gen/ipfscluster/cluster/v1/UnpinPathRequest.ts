// Original file: ipfscluster/v1/cluster.proto


/**
 * Request of Cluster.UnpinPath.
 */
export interface UnpinPathRequest {
  /**
   * IPFS path.
   */
  'path'?: (string);
}

/**
 * Request of Cluster.UnpinPath.
 */
export interface UnpinPathRequest__Output {
  /**
   * IPFS path.
   */
  'path': (string);
}
