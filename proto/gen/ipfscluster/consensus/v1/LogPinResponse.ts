// Original file: ipfscluster/v1/consensus.proto

import type { Long } from '@grpc/proto-loader';

/**
 * Response of Consensus.LogPin.
 */
export interface LogPinResponse {
  /**
   * Log index of the committed entry.
   */
  'index'?: (number | string | Long);
}

/**
 * Response of Consensus.LogPin.
 */
export interface LogPinResponse__Output {
  /**
   * Log index of the committed entry.
   */
  'index': (string);
}
