// Original file: ipfscluster/v1/cluster.proto


/**
 * Response of PinTracker.Track.
 */
export interface TrackResponse {
}

/**
 * Response of PinTracker.Track.
 */
export interface TrackResponse__Output {
}
