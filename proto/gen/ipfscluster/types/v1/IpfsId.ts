// Original file: ipfscluster/v1/types.proto


/**
 * Identity of the IPFS daemon behind a peer (REST `ID.ipfs`).
 */
export interface IpfsId {
  /**
   * IPFS peer ID; "" when unknown (REST omits the key).
   */
  'id'?: (string);
  /**
   * IPFS multiaddrs with /p2p/<id>; empty = unknown (REST `null`).
   */
  'addresses'?: (string)[];
  /**
   * Why the daemon could not be reached; "" when fine.
   */
  'error'?: (string);
}

/**
 * Identity of the IPFS daemon behind a peer (REST `ID.ipfs`).
 */
export interface IpfsId__Output {
  /**
   * IPFS peer ID; "" when unknown (REST omits the key).
   */
  'id': (string);
  /**
   * IPFS multiaddrs with /p2p/<id>; empty = unknown (REST `null`).
   */
  'addresses': (string)[];
  /**
   * Why the daemon could not be reached; "" when fine.
   */
  'error': (string);
}
