// Original file: ipfscluster/v1/ipfs_connector.proto

import type { RepoStat as _ipfscluster_types_v1_RepoStat, RepoStat__Output as _ipfscluster_types_v1_RepoStat__Output } from '../../../ipfscluster/types/v1/RepoStat.js';

/**
 * Response of IPFSConnector.RepoStat.
 */
export interface RepoStatResponse {
  /**
   * Usage in bytes (numbers or JSON strings from the daemon, parsed exactly).
   */
  'repo_stat'?: (_ipfscluster_types_v1_RepoStat | null);
}

/**
 * Response of IPFSConnector.RepoStat.
 */
export interface RepoStatResponse__Output {
  /**
   * Usage in bytes (numbers or JSON strings from the daemon, parsed exactly).
   */
  'repo_stat': (_ipfscluster_types_v1_RepoStat__Output | null);
}
