// Original file: ipfscluster/v1/peer_management.proto


/**
 * Response of PeerMonitor.PublishMetric.
 */
export interface PublishMetricResponse {
  /**
   * Peers the metric reached (self included), sorted.
   */
  'sent_to'?: (string)[];
  /**
   * Peers it did not reach, sorted; their errors are logged.
   */
  'failed'?: (string)[];
}

/**
 * Response of PeerMonitor.PublishMetric.
 */
export interface PublishMetricResponse__Output {
  /**
   * Peers the metric reached (self included), sorted.
   */
  'sent_to': (string)[];
  /**
   * Peers it did not reach, sorted; their errors are logged.
   */
  'failed': (string)[];
}
