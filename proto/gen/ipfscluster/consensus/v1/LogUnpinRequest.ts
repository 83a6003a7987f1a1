// Original file: ipfscluster/v1/consensus.proto

import type { Pin as _ipfscluster_types_v1_Pin, Pin__Output as _ipfscluster_types_v1_Pin__Output } from '../../../ipfscluster/types/v1/Pin.js';

/**
 * Request of Consensus.LogUnpin.
 */
export interface LogUnpinRequest {
  /**
   * The pin to delete; only `cid` is used.
   */
  'pin'?: (_ipfscluster_types_v1_Pin | null);
}

/**
 * Request of Consensus.LogUnpin.
 */
export interface LogUnpinRequest__Output {
  /**
   * The pin to delete; only `cid` is used.
   */
  'pin': (_ipfscluster_types_v1_Pin__Output | null);
}
