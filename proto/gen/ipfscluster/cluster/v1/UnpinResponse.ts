// Original file: ipfscluster/v1/cluster.proto

import type { Pin as _ipfscluster_types_v1_Pin, Pin__Output as _ipfscluster_types_v1_Pin__Output } from '../../../ipfscluster/types/v1/Pin.js';

/**
 * Response of Cluster.Unpin.
 */
export interface UnpinResponse {
  /**
   * The pin as stored before removal.
   */
  'pin'?: (_ipfscluster_types_v1_Pin | null);
}

/**
 * Response of Cluster.Unpin.
 */
export interface UnpinResponse__Output {
  /**
   * The pin as stored before removal.
   */
  'pin': (_ipfscluster_types_v1_Pin__Output | null);
}
