// Original file: ipfscluster/v1/ipfs_connector.proto


/**
 * One IPFS block.
 */
export interface Block {
  /**
   * Binary CID (codec, hash function and length are taken from it).
   */
  'cid'?: (Buffer | Uint8Array | string);
  /**
   * Raw block bytes (≤ 2 MiB for Kubo's default limits).
   */
  'data'?: (Buffer | Uint8Array | string);
}

/**
 * One IPFS block.
 */
export interface Block__Output {
  /**
   * Binary CID (codec, hash function and length are taken from it).
   */
  'cid': (Buffer);
  /**
   * Raw block bytes (≤ 2 MiB for Kubo's default limits).
   */
  'data': (Buffer);
}
