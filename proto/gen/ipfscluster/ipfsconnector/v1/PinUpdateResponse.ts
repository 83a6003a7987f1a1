// Original file: ipfscluster/v1/ipfs_connector.proto


/**
 * Response of IPFSConnector.PinUpdate.
 */
export interface PinUpdateResponse {
}

/**
 * Response of IPFSConnector.PinUpdate.
 */
export interface PinUpdateResponse__Output {
}
