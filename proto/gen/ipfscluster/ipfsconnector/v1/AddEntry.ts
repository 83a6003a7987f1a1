// Original file: ipfscluster/v1/ipfs_connector.proto

import type { AddEntryKind as _ipfscluster_ipfsconnector_v1_AddEntryKind, AddEntryKind__Output as _ipfscluster_ipfsconnector_v1_AddEntryKind__Output } from '../../../ipfscluster/ipfsconnector/v1/AddEntryKind.js';

/**
 * Starts one entry of an add.
 */
export interface AddEntry {
  /**
   * Relative path, already URL-unescaped ("foo.txt", "dir/sub/x.bin").
   */
  'path'?: (string);
  /**
   * File, directory or symlink.
   */
  'kind'?: (_ipfscluster_ipfsconnector_v1_AddEntryKind);
}

/**
 * Starts one entry of an add.
 */
export interface AddEntry__Output {
  /**
   * Relative path, already URL-unescaped ("foo.txt", "dir/sub/x.bin").
   */
  'path': (string);
  /**
   * File, directory or symlink.
   */
  'kind': (_ipfscluster_ipfsconnector_v1_AddEntryKind__Output);
}
