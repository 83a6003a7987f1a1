// Original file: ipfscluster/v1/peer_management.proto


/**
 * Request of PeerMonitor.MetricNames.
 */
export interface MetricNamesRequest {
}

/**
 * Request of PeerMonitor.MetricNames.
 */
export interface MetricNamesRequest__Output {
}
