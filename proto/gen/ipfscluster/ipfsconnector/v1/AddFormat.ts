// Original file: ipfscluster/v1/ipfs_connector.proto

/**
 * How entries are imported (rest-api.md §5.1; caller already validated).
 */
export const AddFormat = {
  /**
   * UnixFS import of files and directories (REST "unixfs" or "").
   */
  ADD_FORMAT_UNIXFS: 'ADD_FORMAT_UNIXFS',
  /**
   * The single entry is a CAR v1 with one root (REST "car").
   */
  ADD_FORMAT_CAR: 'ADD_FORMAT_CAR',
} as const;

/**
 * How entries are imported (rest-api.md §5.1; caller already validated).
 */
export type AddFormat =
  /**
   * UnixFS import of files and directories (REST "unixfs" or "").
   */
  | 'ADD_FORMAT_UNIXFS'
  | 0
  /**
   * The single entry is a CAR v1 with one root (REST "car").
   */
  | 'ADD_FORMAT_CAR'
  | 1

/**
 * How entries are imported (rest-api.md §5.1; caller already validated).
 */
export type AddFormat__Output = typeof AddFormat[keyof typeof AddFormat]
