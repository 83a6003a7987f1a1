// Original file: ipfscluster/v1/peer_management.proto

import type { Metric as _ipfscluster_types_v1_Metric, Metric__Output as _ipfscluster_types_v1_Metric__Output } from '../../../ipfscluster/types/v1/Metric.js';

/**
 * Response of PeerMonitor.LatestMetrics.
 */
export interface LatestMetricsResponse {
  /**
   * One metric per peer, sorted by peer ID; empty for unknown names.
   */
  'metrics'?: (_ipfscluster_types_v1_Metric)[];
}

/**
 * Response of PeerMonitor.LatestMetrics.
 */
export interface LatestMetricsResponse__Output {
  /**
   * One metric per peer, sorted by peer ID; empty for unknown names.
   */
  'metrics': (_ipfscluster_types_v1_Metric__Output)[];
}
