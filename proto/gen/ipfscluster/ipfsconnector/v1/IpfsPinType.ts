// Original file: ipfscluster/v1/ipfs_connector.proto

/**
 * How a CID is pinned in IPFS.
 */
export const IpfsPinType = {
  /**
   * Not set.
   */
  IPFS_PIN_TYPE_UNSPECIFIED: 'IPFS_PIN_TYPE_UNSPECIFIED',
  /**
   * Pinned recursively.
   */
  IPFS_PIN_TYPE_RECURSIVE: 'IPFS_PIN_TYPE_RECURSIVE',
  /**
   * Pinned directly.
   */
  IPFS_PIN_TYPE_DIRECT: 'IPFS_PIN_TYPE_DIRECT',
  /**
   * Pinned because an ancestor is pinned recursively.
   */
  IPFS_PIN_TYPE_INDIRECT: 'IPFS_PIN_TYPE_INDIRECT',
  /**
   * Not pinned.
   */
  IPFS_PIN_TYPE_UNPINNED: 'IPFS_PIN_TYPE_UNPINNED',
} as const;

/**
 * How a CID is pinned in IPFS.
 */
export type IpfsPinType =
  /**
   * Not set.
   */
  | 'IPFS_PIN_TYPE_UNSPECIFIED'
  | 0
  /**
   * Pinned recursively.
   */
  | 'IPFS_PIN_TYPE_RECURSIVE'
  | 1
  /**
   * Pinned directly.
   */
  | 'IPFS_PIN_TYPE_DIRECT'
  | 2
  /**
   * Pinned because an ancestor is pinned recursively.
   */
  | 'IPFS_PIN_TYPE_INDIRECT'
  | 3
  /**
   * Not pinned.
   */
  | 'IPFS_PIN_TYPE_UNPINNED'
  | 4

/**
 * How a CID is pinned in IPFS.
 */
export type IpfsPinType__Output = typeof IpfsPinType[keyof typeof IpfsPinType]
