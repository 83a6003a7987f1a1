// Original file: ipfscluster/v1/consensus.proto

import type { Long } from '@grpc/proto-loader';

/**
 * Response of Raft.Messages, when the caller half-closes.
 */
export interface MessagesResponse {
  /**
   * Messages received on this stream.
   */
  'received'?: (number | string | Long);
}

/**
 * Response of Raft.Messages, when the caller half-closes.
 */
export interface MessagesResponse__Output {
  /**
   * Messages received on this stream.
   */
  'received': (string);
}
