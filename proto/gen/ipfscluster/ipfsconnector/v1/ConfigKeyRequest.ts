// Original file: ipfscluster/v1/ipfs_connector.proto


/**
 * Request of IPFSConnector.ConfigKey.
 */
export interface ConfigKeyRequest {
  /**
   * Slash-separated key path, e.g. "Datastore/StorageMax".
   */
  'path'?: (string);
}

/**
 * Request of IPFSConnector.ConfigKey.
 */
export interface ConfigKeyRequest__Output {
  /**
   * Slash-separated key path, e.g. "Datastore/StorageMax".
   */
  'path': (string);
}
