// Original file: ipfscluster/v1/peer_management.proto


/**
 * Response of PeerManager.Leave.
 */
export interface LeaveResponse {
  /**
   * Addresses (with /p2p/) of the peers this peer knew, self excluded.
   */
  'addresses'?: (string)[];
}

/**
 * Response of PeerManager.Leave.
 */
export interface LeaveResponse__Output {
  /**
   * Addresses (with /p2p/) of the peers this peer knew, self excluded.
   */
  'addresses': (string)[];
}
