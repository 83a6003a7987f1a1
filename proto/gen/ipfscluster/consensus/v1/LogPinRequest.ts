// Original file: ipfscluster/v1/consensus.proto

import type { Pin as _ipfscluster_types_v1_Pin, Pin__Output as _ipfscluster_types_v1_Pin__Output } from '../../../ipfscluster/types/v1/Pin.js';

/**
 * Request of Consensus.LogPin.
 */
export interface LogPinRequest {
  /**
   * The pin to put, complete (allocations and timestamp already set).
   */
  'pin'?: (_ipfscluster_types_v1_Pin | null);
}

/**
 * Request of Consensus.LogPin.
 */
export interface LogPinRequest__Output {
  /**
   * The pin to put, complete (allocations and timestamp already set).
   */
  'pin': (_ipfscluster_types_v1_Pin__Output | null);
}
