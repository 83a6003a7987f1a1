// Original file: ipfscluster/v1/cluster.proto


/**
 * Response of Cluster.StateSync.
 */
export interface StateSyncResponse {
}

/**
 * Response of Cluster.StateSync.
 */
export interface StateSyncResponse__Output {
}
