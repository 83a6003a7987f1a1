// Original file: ipfscluster/v1/peer_management.proto


/**
 * Request of PeerManager.PeerLeaving.
 */
export interface PeerLeavingRequest {
}

/**
 * Request of PeerManager.PeerLeaving.
 */
export interface PeerLeavingRequest__Output {
}
