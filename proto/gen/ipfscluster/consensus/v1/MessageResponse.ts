// Original file: ipfscluster/v1/consensus.proto


/**
 * Response of Raft.Message (accepted into the node's inbox).
 */
export interface MessageResponse {
}

/**
 * Response of Raft.Message (accepted into the node's inbox).
 */
export interface MessageResponse__Output {
}
