// Original file: ipfscluster/v1/ipfs_connector.proto


/**
 * Request of IPFSConnector.ID.
 */
export interface IDRequest {
}

/**
 * Request of IPFSConnector.ID.
 */
export interface IDRequest__Output {
}
