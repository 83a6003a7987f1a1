// Original file: ipfscluster/v1/peer_management.proto


/**
 * Response of PeerMonitor.MetricNames.
 */
export interface MetricNamesResponse {
  /**
   * Known metric names; empty when none.
   */
  'names'?: (string)[];
}

/**
 * Response of PeerMonitor.MetricNames.
 */
export interface MetricNamesResponse__Output {
  /**
   * Known metric names; empty when none.
   */
  'names': (string)[];
}
