// Original file: ipfscluster/v1/ipfs_connector.proto

import type { Block as _ipfscluster_ipfsconnector_v1_Block, Block__Output as _ipfscluster_ipfsconnector_v1_Block__Output } from '../../../ipfscluster/ipfsconnector/v1/Block.js';

/**
 * Request of IPFSConnector.BlockPut.
 */
export interface BlockPutRequest {
  /**
   * The block to store.
   */
  'block'?: (_ipfscluster_ipfsconnector_v1_Block | null);
}

/**
 * Request of IPFSConnector.BlockPut.
 */
export interface BlockPutRequest__Output {
  /**
   * The block to store.
   */
  'block': (_ipfscluster_ipfsconnector_v1_Block__Output | null);
}
