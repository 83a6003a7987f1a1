// Original file: ipfscluster/v1/ipfs_connector.proto


/**
 * Response of IPFSConnector.Version.
 */
export interface VersionResponse {
  /**
   * `Version` ("0.29.0").
   */
  'version'?: (string);
  /**
   * `Commit`; "" when absent.
   */
  'commit'?: (string);
  /**
   * `Repo` version; "" when absent.
   */
  'repo'?: (string);
  /**
   * `System` ("amd64/linux"); "" when absent.
   */
  'system'?: (string);
}

/**
 * Response of IPFSConnector.Version.
 */
export interface VersionResponse__Output {
  /**
   * `Version` ("0.29.0").
   */
  'version': (string);
  /**
   * `Commit`; "" when absent.
   */
  'commit': (string);
  /**
   * `Repo` version; "" when absent.
   */
  'repo': (string);
  /**
   * `System` ("amd64/linux"); "" when absent.
   */
  'system': (string);
}
