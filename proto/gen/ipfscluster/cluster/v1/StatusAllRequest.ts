// Original file: ipfscluster/v1/cluster.proto

import type { TrackerStatus as _ipfscluster_types_v1_TrackerStatus, TrackerStatus__Output as _ipfscluster_types_v1_TrackerStatus__Output } from '../../../ipfscluster/types/v1/TrackerStatus.js';

/**
 * Request of Cluster.StatusAll.
 */
export interface StatusAllRequest {
  /**
   * Statuses to keep per peer (composites already expanded); empty = all.
   */
  'filter'?: (_ipfscluster_types_v1_TrackerStatus)[];
}

/**
 * Request of Cluster.StatusAll.
 */
export interface StatusAllRequest__Output {
  /**
   * Statuses to keep per peer (composites already expanded); empty = all.
   */
  'filter': (_ipfscluster_types_v1_TrackerStatus__Output)[];
}
