// Original file: ipfscluster/v1/ipfs_connector.proto

import type { PinProgress as _ipfscluster_ipfsconnector_v1_PinProgress, PinProgress__Output as _ipfscluster_ipfsconnector_v1_PinProgress__Output } from '../../../ipfscluster/ipfsconnector/v1/PinProgress.js';
import type { PinDone as _ipfscluster_ipfsconnector_v1_PinDone, PinDone__Output as _ipfscluster_ipfsconnector_v1_PinDone__Output } from '../../../ipfscluster/ipfsconnector/v1/PinDone.js';

/**
 * One item of IPFSConnector.Pin.
 */
export interface PinResponse {
  /**
   * Progress while fetching.
   */
  'progress'?: (_ipfscluster_ipfsconnector_v1_PinProgress | null);
  /**
   * The pin is in place.
   */
  'done'?: (_ipfscluster_ipfsconnector_v1_PinDone | null);
  /**
   * Exactly one is set; the last item is `done`.
   */
  'kind'?: "progress"|"done";
}

/**
 * One item of IPFSConnector.Pin.
 */
export interface PinResponse__Output {
  /**
   * Progress while fetching.
   */
  'progress'?: (_ipfscluster_ipfsconnector_v1_PinProgress__Output | null);
  /**
   * The pin is in place.
   */
  'done'?: (_ipfscluster_ipfsconnector_v1_PinDone__Output | null);
  /**
   * Exactly one is set; the last item is `done`.
   */
  'kind'?: "progress"|"done";
}
