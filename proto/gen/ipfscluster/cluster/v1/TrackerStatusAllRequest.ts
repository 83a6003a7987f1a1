// Original file: ipfscluster/v1/cluster.proto

import type { TrackerStatus as _ipfscluster_types_v1_TrackerStatus, TrackerStatus__Output as _ipfscluster_types_v1_TrackerStatus__Output } from '../../../ipfscluster/types/v1/TrackerStatus.js';

/**
 * Request of PinTracker.StatusAll.
 */
export interface TrackerStatusAllRequest {
  /**
   * Statuses to keep; empty = all.
   */
  'filter'?: (_ipfscluster_types_v1_TrackerStatus)[];
}

/**
 * Request of PinTracker.StatusAll.
 */
export interface TrackerStatusAllRequest__Output {
  /**
   * Statuses to keep; empty = all.
   */
  'filter': (_ipfscluster_types_v1_TrackerStatus__Output)[];
}
