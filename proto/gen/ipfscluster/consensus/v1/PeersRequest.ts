// Original file: ipfscluster/v1/consensus.proto


/**
 * Request of Consensus.Peers.
 */
export interface PeersRequest {
}

/**
 * Request of Consensus.Peers.
 */
export interface PeersRequest__Output {
}
