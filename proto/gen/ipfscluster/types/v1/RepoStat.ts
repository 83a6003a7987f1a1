// Original file: ipfscluster/v1/types.proto

import type { Long } from '@grpc/proto-loader';

/**
 * Repository usage of an IPFS daemon (or a sum over peers). Bytes.
 */
export interface RepoStat {
  /**
   * Bytes used by the repo.
   */
  'repo_size'?: (number | string | Long);
  /**
   * Configured maximum, bytes.
   */
  'storage_max'?: (number | string | Long);
  /**
   * max(storage_max - repo_size, 0), bytes.
   */
  'freespace'?: (number | string | Long);
}

/**
 * Repository usage of an IPFS daemon (or a sum over peers). Bytes.
 */
export interface RepoStat__Output {
  /**
   * Bytes used by the repo.
   */
  'repo_size': (string);
  /**
   * Configured maximum, bytes.
   */
  'storage_max': (string);
  /**
   * max(storage_max - repo_size, 0), bytes.
   */
  'freespace': (string);
}
