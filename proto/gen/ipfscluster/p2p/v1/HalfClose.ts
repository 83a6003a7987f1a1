// Original file: ipfscluster/v1/p2p.proto


/**
 * End of the caller's request messages.
 */
export interface HalfClose {
}

/**
 * End of the caller's request messages.
 */
export interface HalfClose__Output {
}
