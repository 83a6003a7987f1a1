// Original file: ipfscluster/v1/consensus.proto

import type { Long } from '@grpc/proto-loader';

/**
 * Response of Consensus.Snapshot.
 */
export interface SnapshotResponse {
  /**
   * Index covered by the newest snapshot.
   */
  'snapshot_index'?: (number | string | Long);
  /**
   * Term of the entry at snapshot_index.
   */
  'snapshot_term'?: (number | string | Long);
}

/**
 * Response of Consensus.Snapshot.
 */
export interface SnapshotResponse__Output {
  /**
   * Index covered by the newest snapshot.
   */
  'snapshot_index': (string);
  /**
   * Term of the entry at snapshot_index.
   */
  'snapshot_term': (string);
}
