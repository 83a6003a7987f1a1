// Original file: ipfscluster/v1/consensus.proto


/**
 * Request of Consensus.Leader.
 */
export interface LeaderRequest {
}

/**
 * Request of Consensus.Leader.
 */
export interface LeaderRequest__Output {
}
