// Original file: ipfscluster/v1/ipfs_connector.proto

/**
 * DAG layout for UnixFS imports.
 */
export const AddLayout = {
  /**
   * Balanced (REST "balanced" or "").
   */
  ADD_LAYOUT_BALANCED: 'ADD_LAYOUT_BALANCED',
  /**
   * Trickle (REST "trickle").
   */
  ADD_LAYOUT_TRICKLE: 'ADD_LAYOUT_TRICKLE',
} as const;

/**
 * DAG layout for UnixFS imports.
 */
export type AddLayout =
  /**
   * Balanced (REST "balanced" or "").
   */
  | 'ADD_LAYOUT_BALANCED'
  | 0
  /**
   * Trickle (REST "trickle").
   */
  | 'ADD_LAYOUT_TRICKLE'
  | 1

/**
 * DAG layout for UnixFS imports.
 */
export type AddLayout__Output = typeof AddLayout[keyof typeof AddLayout]
