// Original file: ipfscluster/v1/ipfs_connector.proto


/**
 * Request of IPFSConnector.SwarmPeers.
 */
export interface SwarmPeersRequest {
}

/**
 * Request of IPFSConnector.SwarmPeers.
 */
export interface SwarmPeersRequest__Output {
}
