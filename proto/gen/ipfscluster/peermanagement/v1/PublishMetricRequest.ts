// Original file: ipfscluster/v1/peer_management.proto

import type { Metric as _ipfscluster_types_v1_Metric, Metric__Output as _ipfscluster_types_v1_Metric__Output } from '../../../ipfscluster/types/v1/Metric.js';

/**
 * Request of PeerMonitor.PublishMetric.
 */
export interface PublishMetricRequest {
  /**
   * The metric; `peer` is set to this peer, `received_at` re-stamped.
   */
  'metric'?: (_ipfscluster_types_v1_Metric | null);
}

/**
 * Request of PeerMonitor.PublishMetric.
 */
export interface PublishMetricRequest__Output {
  /**
   * The metric; `peer` is set to this peer, `received_at` re-stamped.
   */
  'metric': (_ipfscluster_types_v1_Metric__Output | null);
}
