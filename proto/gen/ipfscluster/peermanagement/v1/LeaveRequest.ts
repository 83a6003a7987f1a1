// Original file: ipfscluster/v1/peer_management.proto


/**
 * Request of PeerManager.Leave.
 */
export interface LeaveRequest {
}

/**
 * Request of PeerManager.Leave.
 */
export interface LeaveRequest__Output {
}
