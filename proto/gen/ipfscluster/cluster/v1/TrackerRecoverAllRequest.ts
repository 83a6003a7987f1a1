// Original file: ipfscluster/v1/cluster.proto


/**
 * Request of PinTracker.RecoverAll.
 */
export interface TrackerRecoverAllRequest {
}

/**
 * Request of PinTracker.RecoverAll.
 */
export interface TrackerRecoverAllRequest__Output {
}
