// Original file: ipfscluster/v1/consensus.proto


/**
 * Request of Consensus.WaitForSync.
 */
export interface WaitForSyncRequest {
}

/**
 * Request of Consensus.WaitForSync.
 */
export interface WaitForSyncRequest__Output {
}
