// Original file: ipfscluster/v1/cluster.proto

import type { ID as _ipfscluster_types_v1_ID, ID__Output as _ipfscluster_types_v1_ID__Output } from '../../../ipfscluster/types/v1/ID.js';

/**
 * Response of Cluster.PeerAdd.
 */
export interface PeerAddResponse {
  /**
   * The added peer's ID (its own view once it caught up).
   */
  'id'?: (_ipfscluster_types_v1_ID | null);
}

/**
 * Response of Cluster.PeerAdd.
 */
export interface PeerAddResponse__Output {
  /**
   * The added peer's ID (its own view once it caught up).
   */
  'id': (_ipfscluster_types_v1_ID__Output | null);
}
