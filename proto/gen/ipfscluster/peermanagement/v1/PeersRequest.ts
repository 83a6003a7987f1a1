// Original file: ipfscluster/v1/peer_management.proto


/**
 * Request of PeerManager.Peers.
 */
export interface PeersRequest {
}

/**
 * Request of PeerManager.Peers.
 */
export interface PeersRequest__Output {
}
