// Original file: ipfscluster/v1/ipfs_connector.proto

import type { Long } from '@grpc/proto-loader';

/**
 * Progress of an IPFS pin.
 */
export interface PinProgress {
  /**
   * Blocks fetched so far (Kubo `Progress`); js-ipfs sends none.
   */
  'blocks'?: (number | string | Long);
}

/**
 * Progress of an IPFS pin.
 */
export interface PinProgress__Output {
  /**
   * Blocks fetched so far (Kubo `Progress`); js-ipfs sends none.
   */
  'blocks': (string);
}
