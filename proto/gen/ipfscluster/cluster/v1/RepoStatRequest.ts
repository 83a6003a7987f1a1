// Original file: ipfscluster/v1/cluster.proto


/**
 * Request of Cluster.RepoStat.
 */
export interface RepoStatRequest {
}

/**
 * Request of Cluster.RepoStat.
 */
export interface RepoStatRequest__Output {
}
