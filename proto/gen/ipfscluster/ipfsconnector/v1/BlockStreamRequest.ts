// Original file: ipfscluster/v1/ipfs_connector.proto

import type { Block as _ipfscluster_ipfsconnector_v1_Block, Block__Output as _ipfscluster_ipfsconnector_v1_Block__Output } from '../../../ipfscluster/ipfsconnector/v1/Block.js';

/**
 * One item of IPFSConnector.BlockStream.
 */
export interface BlockStreamRequest {
  /**
   * The next block to store.
   */
  'block'?: (_ipfscluster_ipfsconnector_v1_Block | null);
}

/**
 * One item of IPFSConnector.BlockStream.
 */
export interface BlockStreamRequest__Output {
  /**
   * The next block to store.
   */
  'block': (_ipfscluster_ipfsconnector_v1_Block__Output | null);
}
