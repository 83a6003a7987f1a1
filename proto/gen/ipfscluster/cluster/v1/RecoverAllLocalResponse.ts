// Original file: ipfscluster/v1/cluster.proto

import type { PinInfo as _ipfscluster_types_v1_PinInfo, PinInfo__Output as _ipfscluster_types_v1_PinInfo__Output } from '../../../ipfscluster/types/v1/PinInfo.js';

/**
 * One item of Cluster.RecoverAllLocal.
 */
export interface RecoverAllLocalResponse {
  /**
   * Status of one item after recovery was triggered.
   */
  'info'?: (_ipfscluster_types_v1_PinInfo | null);
}

/**
 * One item of Cluster.RecoverAllLocal.
 */
export interface RecoverAllLocalResponse__Output {
  /**
   * Status of one item after recovery was triggered.
   */
  'info': (_ipfscluster_types_v1_PinInfo__Output | null);
}
