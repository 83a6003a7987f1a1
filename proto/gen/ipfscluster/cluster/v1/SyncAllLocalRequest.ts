// Original file: ipfscluster/v1/cluster.proto


/**
 * Request of Cluster.SyncAllLocal.
 */
export interface SyncAllLocalRequest {
}

/**
 * Request of Cluster.SyncAllLocal.
 */
export interface SyncAllLocalRequest__Output {
}
