// Original file: ipfscluster/v1/cluster.proto


/**
 * Request of PinTracker.Recover.
 */
export interface TrackerRecoverRequest {
  /**
   * Binary CID.
   */
  'cid'?: (Buffer | Uint8Array | string);
}

/**
 * Request of PinTracker.Recover.
 */
export interface TrackerRecoverRequest__Output {
  /**
   * Binary CID.
   */
  'cid': (Buffer);
}
