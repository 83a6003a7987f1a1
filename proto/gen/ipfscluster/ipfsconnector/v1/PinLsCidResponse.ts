// Original file: ipfscluster/v1/ipfs_connector.proto

import type { IpfsPinType as _ipfscluster_ipfsconnector_v1_IpfsPinType, IpfsPinType__Output as _ipfscluster_ipfsconnector_v1_IpfsPinType__Output } from '../../../ipfscluster/ipfsconnector/v1/IpfsPinType.js';

/**
 * Response of IPFSConnector.PinLsCid.
 */
export interface PinLsCidResponse {
  /**
   * How it is pinned; IPFS_PIN_TYPE_UNPINNED when IPFS says "not pinned".
   */
  'type'?: (_ipfscluster_ipfsconnector_v1_IpfsPinType);
}

/**
 * Response of IPFSConnector.PinLsCid.
 */
export interface PinLsCidResponse__Output {
  /**
   * How it is pinned; IPFS_PIN_TYPE_UNPINNED when IPFS says "not pinned".
   */
  'type': (_ipfscluster_ipfsconnector_v1_IpfsPinType__Output);
}
