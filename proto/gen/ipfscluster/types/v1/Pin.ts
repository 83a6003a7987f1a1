// Original file: ipfscluster/v1/types.proto

import type { PinType as _ipfscluster_types_v1_PinType, PinType__Output as _ipfscluster_types_v1_PinType__Output } from '../../../ipfscluster/types/v1/PinType.js';
import type { Long } from '@grpc/proto-loader';

/**
 * The unit of the shared state, keyed by `cid`: exactly the stored fields of
 * rest-api.md §7.2 (not stored: `user_allocations`; `mode` is derived from
 * `max_depth`). Also the state-export line and the snapshot record.
 */
export interface Pin {
  /**
   * Binary CID of the pinned root. Never empty in a valid pin.
   */
  'cid'?: (Buffer | Uint8Array | string);
  /**
   * Tracking method; PIN_TYPE_PIN for every user pin.
   */
  'type'?: (_ipfscluster_types_v1_PinType);
  /**
   * Cluster peer IDs that must pin it (canonical base58btc strings). Empty =
   * every peer (replication -1) — REST shows `[]`.
   */
  'allocations'?: (string)[];
  /**
   * -1 recursive, 0 direct, N > 0 limited depth (1 for shards). zigzag
   * encoded: -1 costs one byte.
   */
  'max_depth'?: (number);
  /**
   * Binary CID linking meta/shard pins; empty = none (REST `null`).
   */
  'reference'?: (Buffer | Uint8Array | string);
  /**
   * When the pin was submitted to consensus, Unix ms.
   */
  'timestamp'?: (number | string | Long);
  /**
   * Human name; "" when none.
   */
  'name'?: (string);
  /**
   * Minimum replication; -1 = everywhere. Never 0 once stored (0 in a
   * request means "use the config default").
   */
  'replication_factor_min'?: (number);
  /**
   * Maximum replication; -1 = everywhere.
   */
  'replication_factor_max'?: (number);
  /**
   * Shard size in bytes; 0 unless sharding.
   */
  'shard_size'?: (number | string | Long);
  /**
   * When the pin expires, Unix ms; 0 = never (REST zero time).
   */
  'expire_at'?: (number | string | Long);
  /**
   * User metadata (`meta-<key>=<value>`); empty map = none. REST renders it
   * as `null` when read from the state and `{}` in a POST response.
   */
  'metadata'?: ({[key: string]: string});
  /**
   * Binary CID of the pin this one updates (pin-update); empty = none.
   */
  'pin_update'?: (Buffer | Uint8Array | string);
  /**
   * Multiaddrs of peers likely to have the content (`origins`); empty = none.
   */
  'origins'?: (string)[];
}

/**
 * The unit of the shared state, keyed by `cid`: exactly the stored fields of
 * rest-api.md §7.2 (not stored: `user_allocations`; `mode` is derived from
 * `max_depth`). Also the state-export line and the snapshot record.
 */
export interface Pin__Output {
  /**
   * Binary CID of the pinned root. Never empty in a valid pin.
   */
  'cid': (Buffer);
  /**
   * Tracking method; PIN_TYPE_PIN for every user pin.
   */
  'type': (_ipfscluster_types_v1_PinType__Output);
  /**
   * Cluster peer IDs that must pin it (canonical base58btc strings). Empty =
   * every peer (replication -1) — REST shows `[]`.
   */
  'allocations': (string)[];
  /**
   * -1 recursive, 0 direct, N > 0 limited depth (1 for shards). zigzag
   * encoded: -1 costs one byte.
   */
  'max_depth': (number);
  /**
   * Binary CID linking meta/shard pins; empty = none (REST `null`).
   */
  'reference': (Buffer);
  /**
   * When the pin was submitted to consensus, Unix ms.
   */
  'timestamp': (string);
  /**
   * Human name; "" when none.
   */
  'name': (string);
  /**
   * Minimum replication; -1 = everywhere. Never 0 once stored (0 in a
   * request means "use the config default").
   */
  'replication_factor_min': (number);
  /**
   * Maximum replication; -1 = everywhere.
   */
  'replication_factor_max': (number);
  /**
   * Shard size in bytes; 0 unless sharding.
   */
  'shard_size': (string);
  /**
   * When the pin expires, Unix ms; 0 = never (REST zero time).
   */
  'expire_at': (string);
  /**
   * User metadata (`meta-<key>=<value>`); empty map = none. REST renders it
   * as `null` when read from the state and `{}` in a POST response.
   */
  'metadata': ({[key: string]: string});
  /**
   * Binary CID of the pin this one updates (pin-update); empty = none.
   */
  'pin_update': (Buffer);
  /**
   * Multiaddrs of peers likely to have the content (`origins`); empty = none.
   */
  'origins': (string)[];
}
