// Original file: ipfscluster/v1/consensus.proto

import type { Long } from '@grpc/proto-loader';

/**
 * Marker: the snapshot image is complete.
 */
export interface WatchResetEnd {
  /**
   * Same as the opening `reset`.
   */
  'snapshot_index'?: (number | string | Long);
}

/**
 * Marker: the snapshot image is complete.
 */
export interface WatchResetEnd__Output {
  /**
   * Same as the opening `reset`.
   */
  'snapshot_index': (string);
}
