// Original file: ipfscluster/v1/types.proto

import type { PinMode as _ipfscluster_types_v1_PinMode, PinMode__Output as _ipfscluster_types_v1_PinMode__Output } from '../../../ipfscluster/types/v1/PinMode.js';
import type { Long } from '@grpc/proto-loader';

/**
 * Options of a pin request (REST query, rest-api.md §4), before allocation.
 * The supervisor turns them into a Pin.
 */
export interface PinOptions {
  /**
   * Minimum replication; 0 = config default, -1 = everywhere.
   */
  'replication_factor_min'?: (number);
  /**
   * Maximum replication; 0 = config default, -1 = everywhere.
   */
  'replication_factor_max'?: (number);
  /**
   * Human name; "" when none.
   */
  'name'?: (string);
  /**
   * Recursive (default) or direct.
   */
  'mode'?: (_ipfscluster_types_v1_PinMode);
  /**
   * Shard size in bytes; 0 = not given.
   */
  'shard_size'?: (number | string | Long);
  /**
   * Peer IDs to allocate first (priority list); empty = none. Not stored.
   */
  'user_allocations'?: (string)[];
  /**
   * Expiry, Unix ms (REST `expire-in` already converted); 0 = never.
   */
  'expire_at'?: (number | string | Long);
  /**
   * User metadata; empty = none.
   */
  'metadata'?: ({[key: string]: string});
  /**
   * Binary CID of the pin to update from (`pin-update`); empty = none.
   */
  'pin_update'?: (Buffer | Uint8Array | string);
  /**
   * Origin multiaddrs; empty = none.
   */
  'origins'?: (string)[];
}

/**
 * Options of a pin request (REST query, rest-api.md §4), before allocation.
 * The supervisor turns them into a Pin.
 */
export interface PinOptions__Output {
  /**
   * Minimum replication; 0 = config default, -1 = everywhere.
   */
  'replication_factor_min': (number);
  /**
   * Maximum replication; 0 = config default, -1 = everywhere.
   */
  'replication_factor_max': (number);
  /**
   * Human name; "" when none.
   */
  'name': (string);
  /**
   * Recursive (default) or direct.
   */
  'mode': (_ipfscluster_types_v1_PinMode__Output);
  /**
   * Shard size in bytes; 0 = not given.
   */
  'shard_size': (string);
  /**
   * Peer IDs to allocate first (priority list); empty = none. Not stored.
   */
  'user_allocations': (string)[];
  /**
   * Expiry, Unix ms (REST `expire-in` already converted); 0 = never.
   */
  'expire_at': (string);
  /**
   * User metadata; empty = none.
   */
  'metadata': ({[key: string]: string});
  /**
   * Binary CID of the pin to update from (`pin-update`); empty = none.
   */
  'pin_update': (Buffer);
  /**
   * Origin multiaddrs; empty = none.
   */
  'origins': (string)[];
}
