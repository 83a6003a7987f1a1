// Original file: ipfscluster/v1/peer_management.proto


/**
 * Response of PeerManager.PeerLeaving.
 */
export interface PeerLeavingResponse {
}

/**
 * Response of PeerManager.PeerLeaving.
 */
export interface PeerLeavingResponse__Output {
}
