// Original file: ipfscluster/v1/types.proto

/**
 * Pinning mode requested by a user (REST `mode`). Values follow the Go
 * original (recursive is the zero value and the default).
 */
export const PinMode = {
  /**
   * Pin the whole DAG (max_depth -1). Default.
   */
  PIN_MODE_RECURSIVE: 'PIN_MODE_RECURSIVE',
  /**
   * Pin only the root block (max_depth 0).
   */
  PIN_MODE_DIRECT: 'PIN_MODE_DIRECT',
} as const;

/**
 * Pinning mode requested by a user (REST `mode`). Values follow the Go
 * original (recursive is the zero value and the default).
 */
export type PinMode =
  /**
   * Pin the whole DAG (max_depth -1). Default.
   */
  | 'PIN_MODE_RECURSIVE'
  | 0
  /**
   * Pin only the root block (max_depth 0).
   */
  | 'PIN_MODE_DIRECT'
  | 1

/**
 * Pinning mode requested by a user (REST `mode`). Values follow the Go
 * original (recursive is the zero value and the default).
 */
export type PinMode__Output = typeof PinMode[keyof typeof PinMode]
