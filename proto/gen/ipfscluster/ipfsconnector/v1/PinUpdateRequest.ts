// Original file: ipfscluster/v1/ipfs_connector.proto


/**
 * Request of IPFSConnector.PinUpdate.
 */
export interface PinUpdateRequest {
  /**
   * Binary CID currently pinned recursively.
   */
  'from'?: (Buffer | Uint8Array | string);
  /**
   * Binary CID to pin.
   */
  'to'?: (Buffer | Uint8Array | string);
}

/**
 * Request of IPFSConnector.PinUpdate.
 */
export interface PinUpdateRequest__Output {
  /**
   * Binary CID currently pinned recursively.
   */
  'from': (Buffer);
  /**
   * Binary CID to pin.
   */
  'to': (Buffer);
}
