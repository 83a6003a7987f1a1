// Original file: ipfscluster/v1/cluster.proto


/**
 * Response of Cluster.Version.
 */
export interface VersionResponse {
  /**
   * Project semver without "v".
   */
  'version'?: (string);
}

/**
 * Response of Cluster.Version.
 */
export interface VersionResponse__Output {
  /**
   * Project semver without "v".
   */
  'version': (string);
}
