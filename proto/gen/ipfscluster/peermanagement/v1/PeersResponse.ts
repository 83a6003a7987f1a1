// Original file: ipfscluster/v1/peer_management.proto

import type { PeerInfo as _ipfscluster_peermanagement_v1_PeerInfo, PeerInfo__Output as _ipfscluster_peermanagement_v1_PeerInfo__Output } from '../../../ipfscluster/peermanagement/v1/PeerInfo.js';

/**
 * Response of PeerManager.Peers.
 */
export interface PeersResponse {
  /**
   * Known peers (self excluded), sorted by peer ID.
   */
  'peers'?: (_ipfscluster_peermanagement_v1_PeerInfo)[];
}

/**
 * Response of PeerManager.Peers.
 */
export interface PeersResponse__Output {
  /**
   * Known peers (self excluded), sorted by peer ID.
   */
  'peers': (_ipfscluster_peermanagement_v1_PeerInfo__Output)[];
}
