// Original file: ipfscluster/v1/peer_management.proto

import type { CallHeader as _ipfscluster_peermanagement_v1_CallHeader, CallHeader__Output as _ipfscluster_peermanagement_v1_CallHeader__Output } from '../../../ipfscluster/peermanagement/v1/CallHeader.js';
import type { Payload as _ipfscluster_p2p_v1_Payload, Payload__Output as _ipfscluster_p2p_v1_Payload__Output } from '../../../ipfscluster/p2p/v1/Payload.js';
import type { HalfClose as _ipfscluster_p2p_v1_HalfClose, HalfClose__Output as _ipfscluster_p2p_v1_HalfClose__Output } from '../../../ipfscluster/p2p/v1/HalfClose.js';

/**
 * One item of PeerManager.CallBidi (client → relay).
 */
export interface CallBidiRequest {
  /**
   * Opens the call.
   */
  'header'?: (_ipfscluster_peermanagement_v1_CallHeader | null);
  /**
   * One serialized request message.
   */
  'payload'?: (_ipfscluster_p2p_v1_Payload | null);
  /**
   * No more request messages (ending the gRPC stream does the same).
   */
  'half_close'?: (_ipfscluster_p2p_v1_HalfClose | null);
  /**
   * Exactly one is set; `header` first and only first.
   */
  'kind'?: "header"|"payload"|"half_close";
}

/**
 * One item of PeerManager.CallBidi (client → relay).
 */
export interface CallBidiRequest__Output {
  /**
   * Opens the call.
   */
  'header'?: (_ipfscluster_peermanagement_v1_CallHeader__Output | null);
  /**
   * One serialized request message.
   */
  'payload'?: (_ipfscluster_p2p_v1_Payload__Output | null);
  /**
   * No more request messages (ending the gRPC stream does the same).
   */
  'half_close'?: (_ipfscluster_p2p_v1_HalfClose__Output | null);
  /**
   * Exactly one is set; `header` first and only first.
   */
  'kind'?: "header"|"payload"|"half_close";
}
