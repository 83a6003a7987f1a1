// Original file: ipfscluster/v1/consensus.proto


/**
 * Response of Consensus.AddPeer.
 */
export interface AddPeerResponse {
}

/**
 * Response of Consensus.AddPeer.
 */
export interface AddPeerResponse__Output {
}
