// Original file: ipfscluster/v1/peer_management.proto


/**
 * Request of PeerManager.ID.
 */
export interface IDRequest {
}

/**
 * Request of PeerManager.ID.
 */
export interface IDRequest__Output {
}
