// Original file: ipfscluster/v1/ipfs_connector.proto

import type { Long } from '@grpc/proto-loader';

/**
 * Response of IPFSConnector.BlockPut.
 */
export interface BlockPutResponse {
  /**
   * Size the daemon reports, bytes.
   */
  'size'?: (number | string | Long);
}

/**
 * Response of IPFSConnector.BlockPut.
 */
export interface BlockPutResponse__Output {
  /**
   * Size the daemon reports, bytes.
   */
  'size': (string);
}
