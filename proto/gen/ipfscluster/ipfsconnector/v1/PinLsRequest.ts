// Original file: ipfscluster/v1/ipfs_connector.proto

import type { IpfsPinType as _ipfscluster_ipfsconnector_v1_IpfsPinType, IpfsPinType__Output as _ipfscluster_ipfsconnector_v1_IpfsPinType__Output } from '../../../ipfscluster/ipfsconnector/v1/IpfsPinType.js';

/**
 * Request of IPFSConnector.PinLs.
 */
export interface PinLsRequest {
  /**
   * Types to list (RECURSIVE, DIRECT, INDIRECT); empty = recursive + direct.
   */
  'types'?: (_ipfscluster_ipfsconnector_v1_IpfsPinType)[];
}

/**
 * Request of IPFSConnector.PinLs.
 */
export interface PinLsRequest__Output {
  /**
   * Types to list (RECURSIVE, DIRECT, INDIRECT); empty = recursive + direct.
   */
  'types': (_ipfscluster_ipfsconnector_v1_IpfsPinType__Output)[];
}
