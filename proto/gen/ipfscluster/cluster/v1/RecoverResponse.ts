// Original file: ipfscluster/v1/cluster.proto

import type { GlobalPinInfo as _ipfscluster_types_v1_GlobalPinInfo, GlobalPinInfo__Output as _ipfscluster_types_v1_GlobalPinInfo__Output } from '../../../ipfscluster/types/v1/GlobalPinInfo.js';

/**
 * Response of Cluster.Recover.
 */
export interface RecoverResponse {
  /**
   * Merged status after recovery was triggered.
   */
  'info'?: (_ipfscluster_types_v1_GlobalPinInfo | null);
}

/**
 * Response of Cluster.Recover.
 */
export interface RecoverResponse__Output {
  /**
   * Merged status after recovery was triggered.
   */
  'info': (_ipfscluster_types_v1_GlobalPinInfo__Output | null);
}
