// Original file: ipfscluster/v1/cluster.proto

import type { PinOptions as _ipfscluster_types_v1_PinOptions, PinOptions__Output as _ipfscluster_types_v1_PinOptions__Output } from '../../../ipfscluster/types/v1/PinOptions.js';

/**
 * Request of Cluster.BlockAllocate.
 */
export interface BlockAllocateRequest {
  /**
   * Pin options of the add (replication, user allocations).
   */
  'options'?: (_ipfscluster_types_v1_PinOptions | null);
}

/**
 * Request of Cluster.BlockAllocate.
 */
export interface BlockAllocateRequest__Output {
  /**
   * Pin options of the add (replication, user allocations).
   */
  'options': (_ipfscluster_types_v1_PinOptions__Output | null);
}
