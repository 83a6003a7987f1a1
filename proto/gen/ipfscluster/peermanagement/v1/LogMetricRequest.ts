// Original file: ipfscluster/v1/peer_management.proto

import type { Metric as _ipfscluster_types_v1_Metric, Metric__Output as _ipfscluster_types_v1_Metric__Output } from '../../../ipfscluster/types/v1/Metric.js';

/**
 * Request of PeerMonitor.LogMetric.
 */
export interface LogMetricRequest {
  /**
   * The metric as produced (`received_at` is ignored and re-stamped).
   */
  'metric'?: (_ipfscluster_types_v1_Metric | null);
}

/**
 * Request of PeerMonitor.LogMetric.
 */
export interface LogMetricRequest__Output {
  /**
   * The metric as produced (`received_at` is ignored and re-stamped).
   */
  'metric': (_ipfscluster_types_v1_Metric__Output | null);
}
