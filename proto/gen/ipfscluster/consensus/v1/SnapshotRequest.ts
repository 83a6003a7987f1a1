// Original file: ipfscluster/v1/consensus.proto


/**
 * Request of Consensus.Snapshot.
 */
export interface SnapshotRequest {
}

/**
 * Request of Consensus.Snapshot.
 */
export interface SnapshotRequest__Output {
}
