// Original file: ipfscluster/v1/peer_management.proto

import type { Alert as _ipfscluster_types_v1_Alert, Alert__Output as _ipfscluster_types_v1_Alert__Output } from '../../../ipfscluster/types/v1/Alert.js';

/**
 * One item of PeerMonitor.Alerts.
 */
export interface AlertsResponse {
  /**
   * One alert.
   */
  'alert'?: (_ipfscluster_types_v1_Alert | null);
}

/**
 * One item of PeerMonitor.Alerts.
 */
export interface AlertsResponse__Output {
  /**
   * One alert.
   */
  'alert': (_ipfscluster_types_v1_Alert__Output | null);
}
