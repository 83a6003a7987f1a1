// Original file: ipfscluster/v1/cluster.proto

import type { Pin as _ipfscluster_types_v1_Pin, Pin__Output as _ipfscluster_types_v1_Pin__Output } from '../../../ipfscluster/types/v1/Pin.js';

/**
 * Request of PinTracker.Track.
 */
export interface TrackRequest {
  /**
   * The applied pin.
   */
  'pin'?: (_ipfscluster_types_v1_Pin | null);
}

/**
 * Request of PinTracker.Track.
 */
export interface TrackRequest__Output {
  /**
   * The applied pin.
   */
  'pin': (_ipfscluster_types_v1_Pin__Output | null);
}
