// Original file: ipfscluster/v1/consensus.proto

import type { Pin as _ipfscluster_types_v1_Pin, Pin__Output as _ipfscluster_types_v1_Pin__Output } from '../../../ipfscluster/types/v1/Pin.js';

/**
 * One item of Consensus.List.
 */
export interface ListResponse {
  /**
   * One stored pin.
   */
  'pin'?: (_ipfscluster_types_v1_Pin | null);
}

/**
 * One item of Consensus.List.
 */
export interface ListResponse__Output {
  /**
   * One stored pin.
   */
  'pin': (_ipfscluster_types_v1_Pin__Output | null);
}
