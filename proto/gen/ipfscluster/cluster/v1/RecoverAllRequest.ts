// Original file: ipfscluster/v1/cluster.proto


/**
 * Request of Cluster.RecoverAll.
 */
export interface RecoverAllRequest {
}

/**
 * Request of Cluster.RecoverAll.
 */
export interface RecoverAllRequest__Output {
}
