// Original file: ipfscluster/v1/ipfs_connector.proto


/**
 * Completion of an IPFS pin.
 */
export interface PinDone {
  /**
   * True when it was already pinned at that depth (no pin/add issued).
   */
  'already_pinned'?: (boolean);
}

/**
 * Completion of an IPFS pin.
 */
export interface PinDone__Output {
  /**
   * True when it was already pinned at that depth (no pin/add issued).
   */
  'already_pinned': (boolean);
}
