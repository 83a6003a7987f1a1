// Original file: ipfscluster/v1/peer_management.proto

import type { Status as _ipfscluster_p2p_v1_Status, Status__Output as _ipfscluster_p2p_v1_Status__Output } from '../../../ipfscluster/p2p/v1/Status.js';

/**
 * Response of PeerManager.Call.
 */
export interface CallResponse {
  /**
   * Serialized response message when `status.status_code` is 0; empty
   * otherwise.
   */
  'payload'?: (Buffer | Uint8Array | string);
  /**
   * The remote method's status (always set; code 0 on success).
   */
  'status'?: (_ipfscluster_p2p_v1_Status | null);
}

/**
 * Response of PeerManager.Call.
 */
export interface CallResponse__Output {
  /**
   * Serialized response message when `status.status_code` is 0; empty
   * otherwise.
   */
  'payload': (Buffer);
  /**
   * The remote method's status (always set; code 0 on success).
   */
  'status': (_ipfscluster_p2p_v1_Status__Output | null);
}
