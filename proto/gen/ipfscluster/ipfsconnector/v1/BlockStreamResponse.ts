// Original file: ipfscluster/v1/ipfs_connector.proto

import type { Long } from '@grpc/proto-loader';

/**
 * Response of IPFSConnector.BlockStream (after the client ends the stream).
 */
export interface BlockStreamResponse {
  /**
   * Blocks stored.
   */
  'blocks'?: (number | string | Long);
  /**
   * Bytes stored (Σ block sizes).
   */
  'bytes'?: (number | string | Long);
}

/**
 * Response of IPFSConnector.BlockStream (after the client ends the stream).
 */
export interface BlockStreamResponse__Output {
  /**
   * Blocks stored.
   */
  'blocks': (string);
  /**
   * Bytes stored (Σ block sizes).
   */
  'bytes': (string);
}
