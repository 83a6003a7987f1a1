// Original file: ipfscluster/v1/cluster.proto


/**
 * Request of Cluster.Peers.
 */
export interface PeersRequest {
}

/**
 * Request of Cluster.Peers.
 */
export interface PeersRequest__Output {
}
