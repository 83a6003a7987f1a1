// Original file: ipfscluster/v1/ipfs_connector.proto


/**
 * Request of IPFSConnector.Version.
 */
export interface VersionRequest {
}

/**
 * Request of IPFSConnector.Version.
 */
export interface VersionRequest__Output {
}
