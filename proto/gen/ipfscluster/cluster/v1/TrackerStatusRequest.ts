// Original file: ipfscluster/v1/cluster.proto


/**
 * Request of PinTracker.Status.
 */
export interface TrackerStatusRequest {
  /**
   * Binary CID.
   */
  'cid'?: (Buffer | Uint8Array | string);
}

/**
 * Request of PinTracker.Status.
 */
export interface TrackerStatusRequest__Output {
  /**
   * Binary CID.
   */
  'cid': (Buffer);
}
