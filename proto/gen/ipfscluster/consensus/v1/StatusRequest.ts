// Original file: ipfscluster/v1/consensus.proto


/**
 * Request of Consensus.Status.
 */
export interface StatusRequest {
}

/**
 * Request of Consensus.Status.
 */
export interface StatusRequest__Output {
}
