// Original file: ipfscluster/v1/cluster.proto


/**
 * Response of Cluster.PeerRemove.
 */
export interface PeerRemoveResponse {
}

/**
 * Response of Cluster.PeerRemove.
 */
export interface PeerRemoveResponse__Output {
}
