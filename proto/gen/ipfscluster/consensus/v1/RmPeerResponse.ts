// Original file: ipfscluster/v1/consensus.proto


/**
 * Response of Consensus.RmPeer.
 */
export interface RmPeerResponse {
}

/**
 * Response of Consensus.RmPeer.
 */
export interface RmPeerResponse__Output {
}
