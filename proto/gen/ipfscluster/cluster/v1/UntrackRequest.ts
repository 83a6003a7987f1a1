// Original file: ipfscluster/v1/cluster.proto


/**
 * Request of PinTracker.Untrack.
 */
export interface UntrackRequest {
  /**
   * Binary CID.
   */
  'cid'?: (Buffer | Uint8Array | string);
}

/**
 * Request of PinTracker.Untrack.
 */
export interface UntrackRequest__Output {
  /**
   * Binary CID.
   */
  'cid': (Buffer);
}
