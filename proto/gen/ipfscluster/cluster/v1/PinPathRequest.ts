// Original file: ipfscluster/v1/cluster.proto

import type { PinOptions as _ipfscluster_types_v1_PinOptions, PinOptions__Output as _ipfscluster_types_v1_PinOptions__Output } from '../../../ipfscluster/types/v1/PinOptions.js';

/**
 * Request of Cluster.PinPath.
 */
export interface PinPathRequest {
  /**
   * IPFS path ("/ipfs/<cid>/a", "/ipns/…", "/ipld/…").
   */
  'path'?: (string);
  /**
   * Pin options.
   */
  'options'?: (_ipfscluster_types_v1_PinOptions | null);
}

/**
 * Request of Cluster.PinPath.
 */
export interface PinPathRequest__Output {
  /**
   * IPFS path ("/ipfs/<cid>/a", "/ipns/…", "/ipld/…").
   */
  'path': (string);
  /**
   * Pin options.
   */
  'options': (_ipfscluster_types_v1_PinOptions__Output | null);
}
