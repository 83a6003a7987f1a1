// Original file: ipfscluster/v1/peer_management.proto


/**
 * Response of PeerManager.RemovePeer.
 */
export interface RemovePeerResponse {
}

/**
 * Response of PeerManager.RemovePeer.
 */
export interface RemovePeerResponse__Output {
}
