// Original file: ipfscluster/v1/types.proto

/**
 * Kind of a consensus command.
 */
export const OpType = {
  /**
   * Not set: invalid.
   */
  OP_TYPE_UNSPECIFIED: 'OP_TYPE_UNSPECIFIED',
  /**
   * Put (replace) the pin.
   */
  OP_TYPE_PIN: 'OP_TYPE_PIN',
  /**
   * Delete the pin (absent → no-op).
   */
  OP_TYPE_UNPIN: 'OP_TYPE_UNPIN',
} as const;

/**
 * Kind of a consensus command.
 */
export type OpType =
  /**
   * Not set: invalid.
   */
  | 'OP_TYPE_UNSPECIFIED'
  | 0
  /**
   * Put (replace) the pin.
   */
  | 'OP_TYPE_PIN'
  | 1
  /**
   * Delete the pin (absent → no-op).
   */
  | 'OP_TYPE_UNPIN'
  | 2

/**
 * Kind of a consensus command.
 */
export type OpType__Output = typeof OpType[keyof typeof OpType]
