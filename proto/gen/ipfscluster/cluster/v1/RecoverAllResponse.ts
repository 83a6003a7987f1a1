// Original file: ipfscluster/v1/cluster.proto

import type { GlobalPinInfo as _ipfscluster_types_v1_GlobalPinInfo, GlobalPinInfo__Output as _ipfscluster_types_v1_GlobalPinInfo__Output } from '../../../ipfscluster/types/v1/GlobalPinInfo.js';

/**
 * One item of Cluster.RecoverAll.
 */
export interface RecoverAllResponse {
  /**
   * Merged status of one pin.
   */
  'info'?: (_ipfscluster_types_v1_GlobalPinInfo | null);
}

/**
 * One item of Cluster.RecoverAll.
 */
export interface RecoverAllResponse__Output {
  /**
   * Merged status of one pin.
   */
  'info': (_ipfscluster_types_v1_GlobalPinInfo__Output | null);
}
