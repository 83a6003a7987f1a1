// Original file: ipfscluster/v1/ipfs_connector.proto


/**
 * Request of IPFSConnector.RepoStat.
 */
export interface RepoStatRequest {
}

/**
 * Request of IPFSConnector.RepoStat.
 */
export interface RepoStatRequest__Output {
}
