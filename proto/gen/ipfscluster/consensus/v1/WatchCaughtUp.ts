// Original file: ipfscluster/v1/consensus.proto

import type { Long } from '@grpc/proto-loader';

/**
 * Marker: caught up with the applied index at call time.
 */
export interface WatchCaughtUp {
  /**
   * Applied index when the call started.
   */
  'applied_index'?: (number | string | Long);
}

/**
 * Marker: caught up with the applied index at call time.
 */
export interface WatchCaughtUp__Output {
  /**
   * Applied index when the call started.
   */
  'applied_index': (string);
}
