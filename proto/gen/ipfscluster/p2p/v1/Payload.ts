// Original file: ipfscluster/v1/p2p.proto


/**
 * One serialized gRPC message, relayed without decoding.
 */
export interface Payload {
  /**
   * Protobuf encoding of the method's request or response type; may be
   * empty (a message with all fields at their defaults).
   */
  'data'?: (Buffer | Uint8Array | string);
}

/**
 * One serialized gRPC message, relayed without decoding.
 */
export interface Payload__Output {
  /**
   * Protobuf encoding of the method's request or response type; may be
   * empty (a message with all fields at their defaults).
   */
  'data': (Buffer);
}
