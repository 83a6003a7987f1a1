// Original file: ipfscluster/v1/cluster.proto

import type { PinType as _ipfscluster_types_v1_PinType, PinType__Output as _ipfscluster_types_v1_PinType__Output } from '../../../ipfscluster/types/v1/PinType.js';

/**
 * Request of Cluster.Pins.
 */
export interface PinsRequest {
  /**
   * Pin types to return; empty = all (REST filter "all").
   */
  'types'?: (_ipfscluster_types_v1_PinType)[];
}

/**
 * Request of Cluster.Pins.
 */
export interface PinsRequest__Output {
  /**
   * Pin types to return; empty = all (REST filter "all").
   */
  'types': (_ipfscluster_types_v1_PinType__Output)[];
}
