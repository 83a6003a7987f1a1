// Original file: ipfscluster/v1/consensus.proto

import type { Long } from '@grpc/proto-loader';

/**
 * Response of Consensus.LogUnpin.
 */
export interface LogUnpinResponse {
  /**
   * Log index of the committed entry.
   */
  'index'?: (number | string | Long);
}

/**
 * Response of Consensus.LogUnpin.
 */
export interface LogUnpinResponse__Output {
  /**
   * Log index of the committed entry.
   */
  'index': (string);
}
