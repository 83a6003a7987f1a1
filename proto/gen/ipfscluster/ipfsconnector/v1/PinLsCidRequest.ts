// Original file: ipfscluster/v1/ipfs_connector.proto

import type { PinMode as _ipfscluster_types_v1_PinMode, PinMode__Output as _ipfscluster_types_v1_PinMode__Output } from '../../../ipfscluster/types/v1/PinMode.js';

/**
 * Request of IPFSConnector.PinLsCid.
 */
export interface PinLsCidRequest {
  /**
   * Binary CID to look up.
   */
  'cid'?: (Buffer | Uint8Array | string);
  /**
   * Which pin type to ask about: recursive (`type=recursive`) or direct.
   */
  'mode'?: (_ipfscluster_types_v1_PinMode);
}

/**
 * Request of IPFSConnector.PinLsCid.
 */
export interface PinLsCidRequest__Output {
  /**
   * Binary CID to look up.
   */
  'cid': (Buffer);
  /**
   * Which pin type to ask about: recursive (`type=recursive`) or direct.
   */
  'mode': (_ipfscluster_types_v1_PinMode__Output);
}
