// Original file: ipfscluster/v1/cluster.proto


/**
 * Response of Cluster.Join.
 */
export interface JoinResponse {
}

/**
 * Response of Cluster.Join.
 */
export interface JoinResponse__Output {
}
