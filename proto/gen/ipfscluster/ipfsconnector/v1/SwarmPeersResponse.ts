// Original file: ipfscluster/v1/ipfs_connector.proto


/**
 * Response of IPFSConnector.SwarmPeers.
 */
export interface SwarmPeersResponse {
  /**
   * IPFS peer IDs; empty when none (`{"Peers":null}`).
   */
  'peers'?: (string)[];
}

/**
 * Response of IPFSConnector.SwarmPeers.
 */
export interface SwarmPeersResponse__Output {
  /**
   * IPFS peer IDs; empty when none (`{"Peers":null}`).
   */
  'peers': (string)[];
}
