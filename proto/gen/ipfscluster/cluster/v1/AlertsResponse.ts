// Original file: ipfscluster/v1/cluster.proto

import type { Alert as _ipfscluster_types_v1_Alert, Alert__Output as _ipfscluster_types_v1_Alert__Output } from '../../../ipfscluster/types/v1/Alert.js';

/**
 * Response of Cluster.Alerts.
 */
export interface AlertsResponse {
  /**
   * Alerts, newest last, at most 1000; empty when none.
   */
  'alerts'?: (_ipfscluster_types_v1_Alert)[];
}

/**
 * Response of Cluster.Alerts.
 */
export interface AlertsResponse__Output {
  /**
   * Alerts, newest last, at most 1000; empty when none.
   */
  'alerts': (_ipfscluster_types_v1_Alert__Output)[];
}
