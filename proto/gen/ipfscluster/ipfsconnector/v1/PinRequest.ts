// Original file: ipfscluster/v1/ipfs_connector.proto

import type { Pin as _ipfscluster_types_v1_Pin, Pin__Output as _ipfscluster_types_v1_Pin__Output } from '../../../ipfscluster/types/v1/Pin.js';

/**
 * Request of IPFSConnector.Pin.
 */
export interface PinRequest {
  /**
   * The pin: `cid`, `max_depth` (-1 recursive, 0 direct, N depth),
   * `origins` (swarm-connected first, best effort) and `pin_update` are used.
   */
  'pin'?: (_ipfscluster_types_v1_Pin | null);
}

/**
 * Request of IPFSConnector.Pin.
 */
export interface PinRequest__Output {
  /**
   * The pin: `cid`, `max_depth` (-1 recursive, 0 direct, N depth),
   * `origins` (swarm-connected first, best effort) and `pin_update` are used.
   */
  'pin': (_ipfscluster_types_v1_Pin__Output | null);
}
