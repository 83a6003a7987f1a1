// Original file: ipfscluster/v1/peer_management.proto


/**
 * Request of PeerMonitor.LatestMetrics.
 */
export interface LatestMetricsRequest {
  /**
   * Metric name ("freespace", "ping", …).
   */
  'name'?: (string);
}

/**
 * Request of PeerMonitor.LatestMetrics.
 */
export interface LatestMetricsRequest__Output {
  /**
   * Metric name ("freespace", "ping", …).
   */
  'name': (string);
}
