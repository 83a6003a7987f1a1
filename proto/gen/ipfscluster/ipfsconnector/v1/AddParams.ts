// Original file: ipfscluster/v1/ipfs_connector.proto

import type { AddFormat as _ipfscluster_ipfsconnector_v1_AddFormat, AddFormat__Output as _ipfscluster_ipfsconnector_v1_AddFormat__Output } from '../../../ipfscluster/ipfsconnector/v1/AddFormat.js';
import type { AddLayout as _ipfscluster_ipfsconnector_v1_AddLayout, AddLayout__Output as _ipfscluster_ipfsconnector_v1_AddLayout__Output } from '../../../ipfscluster/ipfsconnector/v1/AddLayout.js';

/**
 * Parameters of an add (first request item).
 */
export interface AddParams {
  /**
   * UnixFS or CAR.
   */
  'format'?: (_ipfscluster_ipfsconnector_v1_AddFormat);
  /**
   * Balanced or trickle.
   */
  'layout'?: (_ipfscluster_ipfsconnector_v1_AddLayout);
  /**
   * Kubo chunker string; "" = "size-262144".
   */
  'chunker'?: (string);
  /**
   * Multihash function name; "" = "sha2-256". Unknown → error "hash
   * function name not known".
   */
  'hash'?: (string);
  /**
   * CID version, 0 or 1.
   */
  'cid_version'?: (number);
  /**
   * Raw leaves; unset = true when cid_version > 0, else false.
   */
  'raw_leaves'?: (boolean);
  /**
   * Wrap all top-level entries in one unnamed directory.
   */
  'wrap_with_directory'?: (boolean);
  /**
   * Emit progress items ({name, bytes}).
   */
  'progress'?: (boolean);
  /**
   * Peer IDs whose IPFS receives the blocks (BlockStream through the relay);
   * this peer's own ID means the local daemon. Empty = local daemon only
   * (REST `local=true`).
   */
  'allocations'?: (string)[];
  '_raw_leaves'?: "raw_leaves";
}

/**
 * Parameters of an add (first request item).
 */
export interface AddParams__Output {
  /**
   * UnixFS or CAR.
   */
  'format': (_ipfscluster_ipfsconnector_v1_AddFormat__Output);
  /**
   * Balanced or trickle.
   */
  'layout': (_ipfscluster_ipfsconnector_v1_AddLayout__Output);
  /**
   * Kubo chunker string; "" = "size-262144".
   */
  'chunker': (string);
  /**
   * Multihash function name; "" = "sha2-256". Unknown → error "hash
   * function name not known".
   */
  'hash': (string);
  /**
   * CID version, 0 or 1.
   */
  'cid_version': (number);
  /**
   * Raw leaves; unset = true when cid_version > 0, else false.
   */
  'raw_leaves'?: (boolean);
  /**
   * Wrap all top-level entries in one unnamed directory.
   */
  'wrap_with_directory': (boolean);
  /**
   * Emit progress items ({name, bytes}).
   */
  'progress': (boolean);
  /**
   * Peer IDs whose IPFS receives the blocks (BlockStream through the relay);
   * this peer's own ID means the local daemon. Empty = local daemon only
   * (REST `local=true`).
   */
  'allocations': (string)[];
  '_raw_leaves'?: "raw_leaves";
}
