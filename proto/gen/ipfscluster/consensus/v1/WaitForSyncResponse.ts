// Original file: ipfscluster/v1/consensus.proto

import type { Long } from '@grpc/proto-loader';

/**
 * Response of Consensus.WaitForSync.
 */
export interface WaitForSyncResponse {
  /**
   * Applied (= commit) index when synced.
   */
  'applied_index'?: (number | string | Long);
}

/**
 * Response of Consensus.WaitForSync.
 */
export interface WaitForSyncResponse__Output {
  /**
   * Applied (= commit) index when synced.
   */
  'applied_index': (string);
}
