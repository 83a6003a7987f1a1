// Original file: ipfscluster/v1/cluster.proto


/**
 * Request of Cluster.RecoverAllLocal.
 */
export interface RecoverAllLocalRequest {
}

/**
 * Request of Cluster.RecoverAllLocal.
 */
export interface RecoverAllLocalRequest__Output {
}
