// Original file: ipfscluster/v1/cluster.proto

import type { GlobalPinInfo as _ipfscluster_types_v1_GlobalPinInfo, GlobalPinInfo__Output as _ipfscluster_types_v1_GlobalPinInfo__Output } from '../../../ipfscluster/types/v1/GlobalPinInfo.js';

/**
 * Response of Cluster.Status.
 */
export interface StatusResponse {
  /**
   * Merged status.
   */
  'info'?: (_ipfscluster_types_v1_GlobalPinInfo | null);
}

/**
 * Response of Cluster.Status.
 */
export interface StatusResponse__Output {
  /**
   * Merged status.
   */
  'info': (_ipfscluster_types_v1_GlobalPinInfo__Output | null);
}
