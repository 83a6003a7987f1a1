// Original file: ipfscluster/v1/cluster.proto

import type { GlobalPinInfo as _ipfscluster_types_v1_GlobalPinInfo, GlobalPinInfo__Output as _ipfscluster_types_v1_GlobalPinInfo__Output } from '../../../ipfscluster/types/v1/GlobalPinInfo.js';

/**
 * One item of Cluster.StatusAll.
 */
export interface StatusAllResponse {
  /**
   * Merged status of one pin; `peer_map` holds only matching peers.
   */
  'info'?: (_ipfscluster_types_v1_GlobalPinInfo | null);
}

/**
 * One item of Cluster.StatusAll.
 */
export interface StatusAllResponse__Output {
  /**
   * Merged status of one pin; `peer_map` holds only matching peers.
   */
  'info': (_ipfscluster_types_v1_GlobalPinInfo__Output | null);
}
