// Original file: ipfscluster/v1/consensus.proto

import type { Pin as _ipfscluster_types_v1_Pin, Pin__Output as _ipfscluster_types_v1_Pin__Output } from '../../../ipfscluster/types/v1/Pin.js';

/**
 * One batch of Consensus.List. Clients read both fields: `pin` first, then
 * `pins`, each batch continuing the CID order of the previous one.
 */
export interface ListResponse {
  /**
   * One stored pin (the one-pin-per-message form of earlier servers; this
   * server leaves it unset).
   */
  'pin'?: (_ipfscluster_types_v1_Pin | null);
  /**
   * The next pins in CID byte order: this server sends batches of up to 1024
   * pins or about 256 KiB, never empty.
   */
  'pins'?: (_ipfscluster_types_v1_Pin)[];
}

/**
 * One batch of Consensus.List. Clients read both fields: `pin` first, then
 * `pins`, each batch continuing the CID order of the previous one.
 */
export interface ListResponse__Output {
  /**
   * One stored pin (the one-pin-per-message form of earlier servers; this
   * server leaves it unset).
   */
  'pin': (_ipfscluster_types_v1_Pin__Output | null);
  /**
   * The next pins in CID byte order: this server sends batches of up to 1024
   * pins or about 256 KiB, never empty.
   */
  'pins': (_ipfscluster_types_v1_Pin__Output)[];
}
