// Original file: ipfscluster/v1/cluster.proto


/**
 * Response of PinTracker.Untrack.
 */
export interface UntrackResponse {
}

/**
 * Response of PinTracker.Untrack.
 */
export interface UntrackResponse__Output {
}
