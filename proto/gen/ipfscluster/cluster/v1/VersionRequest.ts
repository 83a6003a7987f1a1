// Original file: ipfscluster/v1/cluster.proto


/**
 * Request of Cluster.Version.
 */
export interface VersionRequest {
}

/**
 * Request of Cluster.Version.
 */
export interface VersionRequest__Output {
}
