// Original file: ipfscluster/v1/consensus.proto

import type { Long } from '@grpc/proto-loader';

/**
 * Marker: a snapshot image follows.
 */
export interface WatchReset {
  /**
   * Index the snapshot covers; after `reset_end` the stream continues at
   * snapshot_index + 1.
   */
  'snapshot_index'?: (number | string | Long);
  /**
   * Number of PIN items in the image.
   */
  'pin_count'?: (number | string | Long);
}

/**
 * Marker: a snapshot image follows.
 */
export interface WatchReset__Output {
  /**
   * Index the snapshot covers; after `reset_end` the stream continues at
   * snapshot_index + 1.
   */
  'snapshot_index': (string);
  /**
   * Number of PIN items in the image.
   */
  'pin_count': (string);
}
