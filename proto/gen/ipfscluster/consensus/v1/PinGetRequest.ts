// Original file: ipfscluster/v1/consensus.proto


/**
 * Request of Consensus.PinGet.
 */
export interface PinGetRequest {
  /**
   * Binary CID to read.
   */
  'cid'?: (Buffer | Uint8Array | string);
  /**
   * True: ReadIndex read (leader-confirmed, consensus.md §7); false: local
   * state, possibly stale.
   */
  'linearizable'?: (boolean);
}

/**
 * Request of Consensus.PinGet.
 */
export interface PinGetRequest__Output {
  /**
   * Binary CID to read.
   */
  'cid': (Buffer);
  /**
   * True: ReadIndex read (leader-confirmed, consensus.md §7); false: local
   * state, possibly stale.
   */
  'linearizable': (boolean);
}
