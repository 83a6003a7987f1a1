// Original file: ipfscluster/v1/cluster.proto

import type { PinInfo as _ipfscluster_types_v1_PinInfo, PinInfo__Output as _ipfscluster_types_v1_PinInfo__Output } from '../../../ipfscluster/types/v1/PinInfo.js';

/**
 * Response of PinTracker.Status.
 */
export interface TrackerStatusResponse {
  /**
   * This peer's status of the CID.
   */
  'info'?: (_ipfscluster_types_v1_PinInfo | null);
}

/**
 * Response of PinTracker.Status.
 */
export interface TrackerStatusResponse__Output {
  /**
   * This peer's status of the CID.
   */
  'info': (_ipfscluster_types_v1_PinInfo__Output | null);
}
