// Original file: ipfscluster/v1/cluster.proto

import type { RepoStat as _ipfscluster_types_v1_RepoStat, RepoStat__Output as _ipfscluster_types_v1_RepoStat__Output } from '../../../ipfscluster/types/v1/RepoStat.js';

/**
 * Response of Cluster.RepoStat.
 */
export interface RepoStatResponse {
  /**
   * Sum over the peers that answered.
   */
  'repo_stat'?: (_ipfscluster_types_v1_RepoStat | null);
  /**
   * Number of peers included in the sum.
   */
  'peers'?: (number);
}

/**
 * Response of Cluster.RepoStat.
 */
export interface RepoStatResponse__Output {
  /**
   * Sum over the peers that answered.
   */
  'repo_stat': (_ipfscluster_types_v1_RepoStat__Output | null);
  /**
   * Number of peers included in the sum.
   */
  'peers': (number);
}
