// Original file: ipfscluster/v1/cluster.proto

import type { Pin as _ipfscluster_types_v1_Pin, Pin__Output as _ipfscluster_types_v1_Pin__Output } from '../../../ipfscluster/types/v1/Pin.js';

/**
 * Response of Cluster.Pin.
 */
export interface PinResponse {
  /**
   * The pin submitted to consensus (replication resolved, timestamp,
   * allocations).
   */
  'pin'?: (_ipfscluster_types_v1_Pin | null);
}

/**
 * Response of Cluster.Pin.
 */
export interface PinResponse__Output {
  /**
   * The pin submitted to consensus (replication resolved, timestamp,
   * allocations).
   */
  'pin': (_ipfscluster_types_v1_Pin__Output | null);
}
