// Original file: ipfscluster/v1/ipfs_connector.proto


/**
 * Response of IPFSConnector.ConfigKey.
 */
export interface ConfigKeyResponse {
  /**
   * The value as JSON text (string values quoted).
   */
  'value_json'?: (string);
}

/**
 * Response of IPFSConnector.ConfigKey.
 */
export interface ConfigKeyResponse__Output {
  /**
   * The value as JSON text (string values quoted).
   */
  'value_json': (string);
}
