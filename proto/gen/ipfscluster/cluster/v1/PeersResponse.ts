// Original file: ipfscluster/v1/cluster.proto

import type { ID as _ipfscluster_types_v1_ID, ID__Output as _ipfscluster_types_v1_ID__Output } from '../../../ipfscluster/types/v1/ID.js';

/**
 * One item of Cluster.Peers.
 */
export interface PeersResponse {
  /**
   * One consensus peer's ID (or `id` + `error`).
   */
  'id'?: (_ipfscluster_types_v1_ID | null);
}

/**
 * One item of Cluster.Peers.
 */
export interface PeersResponse__Output {
  /**
   * One consensus peer's ID (or `id` + `error`).
   */
  'id': (_ipfscluster_types_v1_ID__Output | null);
}
