// Original file: ipfscluster/v1/types.proto

import type { PinInfo as _ipfscluster_types_v1_PinInfo, PinInfo__Output as _ipfscluster_types_v1_PinInfo__Output } from '../../../ipfscluster/types/v1/PinInfo.js';
import type { Long } from '@grpc/proto-loader';

/**
 * Status of one CID merged over all peers (REST GlobalPinInfo, §7.3).
 */
export interface GlobalPinInfo {
  /**
   * Binary CID.
   */
  'cid'?: (Buffer | Uint8Array | string);
  /**
   * Pin name from the state; "" for CIDs not in the pinset.
   */
  'name'?: (string);
  /**
   * Allocations from the state (peer IDs).
   */
  'allocations'?: (string)[];
  /**
   * Origins from the state (multiaddrs).
   */
  'origins'?: (string)[];
  /**
   * Pin timestamp, Unix ms. 0 = the CID is not in the pinset (REST then shows
   * zero time and `null` allocations/origins/metadata).
   */
  'created'?: (number | string | Long);
  /**
   * Metadata from the state; empty = none.
   */
  'metadata'?: ({[key: string]: string});
  /**
   * Per-peer status keyed by **cluster** peer ID.
   */
  'peer_map'?: ({[key: string]: _ipfscluster_types_v1_PinInfo});
}

/**
 * Status of one CID merged over all peers (REST GlobalPinInfo, §7.3).
 */
export interface GlobalPinInfo__Output {
  /**
   * Binary CID.
   */
  'cid': (Buffer);
  /**
   * Pin name from the state; "" for CIDs not in the pinset.
   */
  'name': (string);
  /**
   * Allocations from the state (peer IDs).
   */
  'allocations': (string)[];
  /**
   * Origins from the state (multiaddrs).
   */
  'origins': (string)[];
  /**
   * Pin timestamp, Unix ms. 0 = the CID is not in the pinset (REST then shows
   * zero time and `null` allocations/origins/metadata).
   */
  'created': (string);
  /**
   * Metadata from the state; empty = none.
   */
  'metadata': ({[key: string]: string});
  /**
   * Per-peer status keyed by **cluster** peer ID.
   */
  'peer_map': ({[key: string]: _ipfscluster_types_v1_PinInfo__Output});
}
