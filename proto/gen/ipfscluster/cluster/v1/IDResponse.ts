// Original file: ipfscluster/v1/cluster.proto

import type { ID as _ipfscluster_types_v1_ID, ID__Output as _ipfscluster_types_v1_ID__Output } from '../../../ipfscluster/types/v1/ID.js';

/**
 * Response of Cluster.ID.
 */
export interface IDResponse {
  /**
   * This peer's identity and view.
   */
  'id'?: (_ipfscluster_types_v1_ID | null);
}

/**
 * Response of Cluster.ID.
 */
export interface IDResponse__Output {
  /**
   * This peer's identity and view.
   */
  'id': (_ipfscluster_types_v1_ID__Output | null);
}
