// Original file: ipfscluster/v1/types.proto

import type { IpfsId as _ipfscluster_types_v1_IpfsId, IpfsId__Output as _ipfscluster_types_v1_IpfsId__Output } from '../../../ipfscluster/types/v1/IpfsId.js';

/**
 * Identity and view of one cluster peer (REST `ID`, §7.1).
 */
export interface ID {
  /**
   * Cluster peer ID.
   */
  'id'?: (string);
  /**
   * Own libp2p listen multiaddrs with /p2p/<id>; empty = none (REST `null`).
   */
  'addresses'?: (string)[];
  /**
   * Consensus peerset including self; empty = unknown (REST `[]`).
   */
  'cluster_peers'?: (string)[];
  /**
   * Known multiaddrs of the other peers; empty = none.
   */
  'cluster_peers_addresses'?: (string)[];
  /**
   * Project semver without "v".
   */
  'version'?: (string);
  /**
   * Build commit; "" when unknown.
   */
  'commit'?: (string);
  /**
   * Peer protocol id, "/ipfscluster/ts-1.0/rpc".
   */
  'rpc_protocol_version'?: (string);
  /**
   * Why this peer could not be reached (in /peers lists); "" when fine.
   */
  'error'?: (string);
  /**
   * The IPFS daemon's identity.
   */
  'ipfs'?: (_ipfscluster_types_v1_IpfsId | null);
  /**
   * `cluster.peername`.
   */
  'peername'?: (string);
}

/**
 * Identity and view of one cluster peer (REST `ID`, §7.1).
 */
export interface ID__Output {
  /**
   * Cluster peer ID.
   */
  'id': (string);
  /**
   * Own libp2p listen multiaddrs with /p2p/<id>; empty = none (REST `null`).
   */
  'addresses': (string)[];
  /**
   * Consensus peerset including self; empty = unknown (REST `[]`).
   */
  'cluster_peers': (string)[];
  /**
   * Known multiaddrs of the other peers; empty = none.
   */
  'cluster_peers_addresses': (string)[];
  /**
   * Project semver without "v".
   */
  'version': (string);
  /**
   * Build commit; "" when unknown.
   */
  'commit': (string);
  /**
   * Peer protocol id, "/ipfscluster/ts-1.0/rpc".
   */
  'rpc_protocol_version': (string);
  /**
   * Why this peer could not be reached (in /peers lists); "" when fine.
   */
  'error': (string);
  /**
   * The IPFS daemon's identity.
   */
  'ipfs': (_ipfscluster_types_v1_IpfsId__Output | null);
  /**
   * `cluster.peername`.
   */
  'peername': (string);
}
