// Original file: ipfscluster/v1/types.proto

import type { TrackerStatus as _ipfscluster_types_v1_TrackerStatus, TrackerStatus__Output as _ipfscluster_types_v1_TrackerStatus__Output } from '../../../ipfscluster/types/v1/TrackerStatus.js';
import type { Long } from '@grpc/proto-loader';

/**
 * Status of one CID on one peer (the tracker's item; REST `peer_map` value).
 */
export interface PinInfo {
  /**
   * Binary CID.
   */
  'cid'?: (Buffer | Uint8Array | string);
  /**
   * Cluster peer ID of the peer this status belongs to.
   */
  'peer'?: (string);
  /**
   * That peer's `cluster.peername`; "" when unknown.
   */
  'peername'?: (string);
  /**
   * Peer ID of that peer's IPFS daemon; "" when unknown (REST omits the key).
   */
  'ipfs_peer_id'?: (string);
  /**
   * Multiaddrs of that peer's IPFS daemon; empty = unknown (REST omits).
   */
  'ipfs_peer_addresses'?: (string)[];
  /**
   * Tracker status.
   */
  'status'?: (_ipfscluster_types_v1_TrackerStatus);
  /**
   * When `status` last changed, Unix ms.
   */
  'timestamp'?: (number | string | Long);
  /**
   * Error text for *_error / cluster_error statuses; "" otherwise.
   */
  'error'?: (string);
  /**
   * Pin attempts so far (carries over retries).
   */
  'attempt_count'?: (number);
  /**
   * True when queued in the priority queue.
   */
  'priority_pin'?: (boolean);
}

/**
 * Status of one CID on one peer (the tracker's item; REST `peer_map` value).
 */
export interface PinInfo__Output {
  /**
   * Binary CID.
   */
  'cid': (Buffer);
  /**
   * Cluster peer ID of the peer this status belongs to.
   */
  'peer': (string);
  /**
   * That peer's `cluster.peername`; "" when unknown.
   */
  'peername': (string);
  /**
   * Peer ID of that peer's IPFS daemon; "" when unknown (REST omits the key).
   */
  'ipfs_peer_id': (string);
  /**
   * Multiaddrs of that peer's IPFS daemon; empty = unknown (REST omits).
   */
  'ipfs_peer_addresses': (string)[];
  /**
   * Tracker status.
   */
  'status': (_ipfscluster_types_v1_TrackerStatus__Output);
  /**
   * When `status` last changed, Unix ms.
   */
  'timestamp': (string);
  /**
   * Error text for *_error / cluster_error statuses; "" otherwise.
   */
  'error': (string);
  /**
   * Pin attempts so far (carries over retries).
   */
  'attempt_count': (number);
  /**
   * True when queued in the priority queue.
   */
  'priority_pin': (boolean);
}
