// Original file: ipfscluster/v1/cluster.proto


/**
 * Request of Cluster.Join.
 */
export interface JoinRequest {
  /**
   * Bootstrap peer multiaddr with /p2p/<id>.
   */
  'address'?: (string);
}

/**
 * Request of Cluster.Join.
 */
export interface JoinRequest__Output {
  /**
   * Bootstrap peer multiaddr with /p2p/<id>.
   */
  'address': (string);
}
