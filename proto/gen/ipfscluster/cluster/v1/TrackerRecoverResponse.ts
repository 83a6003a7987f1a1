// Original file: ipfscluster/v1/cluster.proto

import type { PinInfo as _ipfscluster_types_v1_PinInfo, PinInfo__Output as _ipfscluster_types_v1_PinInfo__Output } from '../../../ipfscluster/types/v1/PinInfo.js';

/**
 * Response of PinTracker.Recover.
 */
export interface TrackerRecoverResponse {
  /**
   * Status after recovery was triggered.
   */
  'info'?: (_ipfscluster_types_v1_PinInfo | null);
}

/**
 * Response of PinTracker.Recover.
 */
export interface TrackerRecoverResponse__Output {
  /**
   * Status after recovery was triggered.
   */
  'info': (_ipfscluster_types_v1_PinInfo__Output | null);
}
