// Original file: ipfscluster/v1/peer_management.proto


/**
 * Response of PeerMonitor.LogMetric.
 */
export interface LogMetricResponse {
}

/**
 * Response of PeerMonitor.LogMetric.
 */
export interface LogMetricResponse__Output {
}
