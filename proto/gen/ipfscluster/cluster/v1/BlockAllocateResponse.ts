// Original file: ipfscluster/v1/cluster.proto


/**
 * Response of Cluster.BlockAllocate.
 */
export interface BlockAllocateResponse {
  /**
   * Peer IDs to send blocks to; never empty on success.
   */
  'allocations'?: (string)[];
}

/**
 * Response of Cluster.BlockAllocate.
 */
export interface BlockAllocateResponse__Output {
  /**
   * Peer IDs to send blocks to; never empty on success.
   */
  'allocations': (string)[];
}
