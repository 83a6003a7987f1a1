// Original file: ipfscluster/v1/cluster.proto


/**
 * Request of Cluster.ID.
 */
export interface IDRequest {
}

/**
 * Request of Cluster.ID.
 */
export interface IDRequest__Output {
}
