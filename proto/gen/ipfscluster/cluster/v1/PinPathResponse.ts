// Original file: ipfscluster/v1/cluster.proto

import type { Pin as _ipfscluster_types_v1_Pin, Pin__Output as _ipfscluster_types_v1_Pin__Output } from '../../../ipfscluster/types/v1/Pin.js';

/**
 * Response of Cluster.PinPath.
 */
export interface PinPathResponse {
  /**
   * The pin of the resolved CID as submitted.
   */
  'pin'?: (_ipfscluster_types_v1_Pin | null);
}

/**
 * Response of Cluster.PinPath.
 */
export interface PinPathResponse__Output {
  /**
   * The pin of the resolved CID as submitted.
   */
  'pin': (_ipfscluster_types_v1_Pin__Output | null);
}
