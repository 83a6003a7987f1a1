// Original file: ipfscluster/v1/consensus.proto

import type { PinType as _ipfscluster_types_v1_PinType, PinType__Output as _ipfscluster_types_v1_PinType__Output } from '../../../ipfscluster/types/v1/PinType.js';

/**
 * Request of Consensus.List.
 */
export interface ListRequest {
  /**
   * True: ReadIndex read before listing; false: local state.
   */
  'linearizable'?: (boolean);
  /**
   * Pin types to return; empty = all.
   */
  'types'?: (_ipfscluster_types_v1_PinType)[];
}

/**
 * Request of Consensus.List.
 */
export interface ListRequest__Output {
  /**
   * True: ReadIndex read before listing; false: local state.
   */
  'linearizable': (boolean);
  /**
   * Pin types to return; empty = all.
   */
  'types': (_ipfscluster_types_v1_PinType__Output)[];
}
