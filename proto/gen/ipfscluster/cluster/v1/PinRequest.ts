// Original file: ipfscluster/v1/cluster.proto

import type { PinOptions as _ipfscluster_types_v1_PinOptions, PinOptions__Output as _ipfscluster_types_v1_PinOptions__Output } from '../../../ipfscluster/types/v1/PinOptions.js';

/**
 * Request of Cluster.Pin.
 */
export interface PinRequest {
  /**
   * Binary CID to pin.
   */
  'cid'?: (Buffer | Uint8Array | string);
  /**
   * Pin options.
   */
  'options'?: (_ipfscluster_types_v1_PinOptions | null);
}

/**
 * Request of Cluster.Pin.
 */
export interface PinRequest__Output {
  /**
   * Binary CID to pin.
   */
  'cid': (Buffer);
  /**
   * Pin options.
   */
  'options': (_ipfscluster_types_v1_PinOptions__Output | null);
}
