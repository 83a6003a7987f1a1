// Original file: ipfscluster/v1/ipfs_connector.proto

import type { IpfsId as _ipfscluster_types_v1_IpfsId, IpfsId__Output as _ipfscluster_types_v1_IpfsId__Output } from '../../../ipfscluster/types/v1/IpfsId.js';

/**
 * Response of IPFSConnector.ID.
 */
export interface IDResponse {
  /**
   * Daemon identity (peer ID, addresses; `error` always "" here — failures
   * are call errors).
   */
  'id'?: (_ipfscluster_types_v1_IpfsId | null);
  /**
   * `AgentVersion` ("kubo/0.29.0/…", "js-ipfs/0.66.0"); decides the daemon
   * flavour.
   */
  'agent_version'?: (string);
  /**
   * Base64 public key as the daemon reports it; "" when absent.
   */
  'public_key'?: (string);
}

/**
 * Response of IPFSConnector.ID.
 */
export interface IDResponse__Output {
  /**
   * Daemon identity (peer ID, addresses; `error` always "" here — failures
   * are call errors).
   */
  'id': (_ipfscluster_types_v1_IpfsId__Output | null);
  /**
   * `AgentVersion` ("kubo/0.29.0/…", "js-ipfs/0.66.0"); decides the daemon
   * flavour.
   */
  'agent_version': (string);
  /**
   * Base64 public key as the daemon reports it; "" when absent.
   */
  'public_key': (string);
}
