// Original file: ipfscluster/v1/cluster.proto

import type { PinInfo as _ipfscluster_types_v1_PinInfo, PinInfo__Output as _ipfscluster_types_v1_PinInfo__Output } from '../../../ipfscluster/types/v1/PinInfo.js';

/**
 * Response of Cluster.SyncLocal.
 */
export interface SyncLocalResponse {
  /**
   * Status after the sync.
   */
  'info'?: (_ipfscluster_types_v1_PinInfo | null);
}

/**
 * Response of Cluster.SyncLocal.
 */
export interface SyncLocalResponse__Output {
  /**
   * Status after the sync.
   */
  'info': (_ipfscluster_types_v1_PinInfo__Output | null);
}
