// Original file: ipfscluster/v1/cluster.proto


/**
 * Request of Cluster.StateSync.
 */
export interface StateSyncRequest {
}

/**
 * Request of Cluster.StateSync.
 */
export interface StateSyncRequest__Output {
}
