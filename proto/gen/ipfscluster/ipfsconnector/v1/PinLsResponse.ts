// Original file: ipfscluster/v1/ipfs_connector.proto

import type { IpfsPinType as _ipfscluster_ipfsconnector_v1_IpfsPinType, IpfsPinType__Output as _ipfscluster_ipfsconnector_v1_IpfsPinType__Output } from '../../../ipfscluster/ipfsconnector/v1/IpfsPinType.js';

/**
 * One item of IPFSConnector.PinLs.
 */
export interface PinLsResponse {
  /**
   * Binary CID.
   */
  'cid'?: (Buffer | Uint8Array | string);
  /**
   * How it is pinned.
   */
  'type'?: (_ipfscluster_ipfsconnector_v1_IpfsPinType);
}

/**
 * One item of IPFSConnector.PinLs.
 */
export interface PinLsResponse__Output {
  /**
   * Binary CID.
   */
  'cid': (Buffer);
  /**
   * How it is pinned.
   */
  'type': (_ipfscluster_ipfsconnector_v1_IpfsPinType__Output);
}
