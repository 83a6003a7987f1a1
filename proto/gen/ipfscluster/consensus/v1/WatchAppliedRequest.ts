// Original file: ipfscluster/v1/consensus.proto

import type { Long } from '@grpc/proto-loader';

/**
 * Request of Consensus.WatchApplied.
 */
export interface WatchAppliedRequest {
  /**
   * First log index wanted (the consumer's last acknowledged index + 1);
   * 0 or 1 = from the beginning. When entries from here on are no longer in
   * the log (compacted into a snapshot) the stream starts with a reset.
   */
  'from_index'?: (number | string | Long);
}

/**
 * Request of Consensus.WatchApplied.
 */
export interface WatchAppliedRequest__Output {
  /**
   * First log index wanted (the consumer's last acknowledged index + 1);
   * 0 or 1 = from the beginning. When entries from here on are no longer in
   * the log (compacted into a snapshot) the stream starts with a reset.
   */
  'from_index': (string);
}
