// Original file: ipfscluster/v1/types.proto

/**
 * Local tracker status of one CID on one peer (rest-api.md §7.8,
 * cluster-behaviour.md §7.1). REST name = suffix in lower case
 * (TRACKER_STATUS_PIN_QUEUED → "pin_queued").
 */
export const TrackerStatus = {
  /**
   * "undefined": no status (sharding, later); never stored.
   */
  TRACKER_STATUS_UNDEFINED: 'TRACKER_STATUS_UNDEFINED',
  /**
   * "cluster_error": only in global views, the peer could not be asked.
   */
  TRACKER_STATUS_CLUSTER_ERROR: 'TRACKER_STATUS_CLUSTER_ERROR',
  /**
   * "pin_error": the IPFS pin failed; `error` says why.
   */
  TRACKER_STATUS_PIN_ERROR: 'TRACKER_STATUS_PIN_ERROR',
  /**
   * "unpin_error": the IPFS unpin failed.
   */
  TRACKER_STATUS_UNPIN_ERROR: 'TRACKER_STATUS_UNPIN_ERROR',
  /**
   * "pinned": IPFS has it pinned at the pin's depth.
   */
  TRACKER_STATUS_PINNED: 'TRACKER_STATUS_PINNED',
  /**
   * "pinning": IPFS pin/add in flight.
   */
  TRACKER_STATUS_PINNING: 'TRACKER_STATUS_PINNING',
  /**
   * "unpinning": IPFS pin/rm in flight.
   */
  TRACKER_STATUS_UNPINNING: 'TRACKER_STATUS_UNPINNING',
  /**
   * "unpinned": not tracked here, or removed.
   */
  TRACKER_STATUS_UNPINNED: 'TRACKER_STATUS_UNPINNED',
  /**
   * "remote": in the pinset, allocated to other peers.
   */
  TRACKER_STATUS_REMOTE: 'TRACKER_STATUS_REMOTE',
  /**
   * "pin_queued": waiting for a pin worker.
   */
  TRACKER_STATUS_PIN_QUEUED: 'TRACKER_STATUS_PIN_QUEUED',
  /**
   * "unpin_queued": waiting for the unpin worker.
   */
  TRACKER_STATUS_UNPIN_QUEUED: 'TRACKER_STATUS_UNPIN_QUEUED',
  /**
   * "sharded": sharding (later); never stored.
   */
  TRACKER_STATUS_SHARDED: 'TRACKER_STATUS_SHARDED',
  /**
   * "unexpectedly_unpinned": allocated here, tracker thought pinned, IPFS
   * says it is not and no operation is running.
   */
  TRACKER_STATUS_UNEXPECTEDLY_UNPINNED: 'TRACKER_STATUS_UNEXPECTEDLY_UNPINNED',
} as const;

/**
 * Local tracker status of one CID on one peer (rest-api.md §7.8,
 * cluster-behaviour.md §7.1). REST name = suffix in lower case
 * (TRACKER_STATUS_PIN_QUEUED → "pin_queued").
 */
export type TrackerStatus =
  /**
   * "undefined": no status (sharding, later); never stored.
   */
  | 'TRACKER_STATUS_UNDEFINED'
  | 0
  /**
   * "cluster_error": only in global views, the peer could not be asked.
   */
  | 'TRACKER_STATUS_CLUSTER_ERROR'
  | 1
  /**
   * "pin_error": the IPFS pin failed; `error` says why.
   */
  | 'TRACKER_STATUS_PIN_ERROR'
  | 2
  /**
   * "unpin_error": the IPFS unpin failed.
   */
  | 'TRACKER_STATUS_UNPIN_ERROR'
  | 3
  /**
   * "pinned": IPFS has it pinned at the pin's depth.
   */
  | 'TRACKER_STATUS_PINNED'
  | 4
  /**
   * "pinning": IPFS pin/add in flight.
   */
  | 'TRACKER_STATUS_PINNING'
  | 5
  /**
   * "unpinning": IPFS pin/rm in flight.
   */
  | 'TRACKER_STATUS_UNPINNING'
  | 6
  /**
   * "unpinned": not tracked here, or removed.
   */
  | 'TRACKER_STATUS_UNPINNED'
  | 7
  /**
   * "remote": in the pinset, allocated to other peers.
   */
  | 'TRACKER_STATUS_REMOTE'
  | 8
  /**
   * "pin_queued": waiting for a pin worker.
   */
  | 'TRACKER_STATUS_PIN_QUEUED'
  | 9
  /**
   * "unpin_queued": waiting for the unpin worker.
   */
  | 'TRACKER_STATUS_UNPIN_QUEUED'
  | 10
  /**
   * "sharded": sharding (later); never stored.
   */
  | 'TRACKER_STATUS_SHARDED'
  | 11
  /**
   * "unexpectedly_unpinned": allocated here, tracker thought pinned, IPFS
   * says it is not and no operation is running.
   */
  | 'TRACKER_STATUS_UNEXPECTEDLY_UNPINNED'
  | 12

/**
 * Local tracker status of one CID on one peer (rest-api.md §7.8,
 * cluster-behaviour.md §7.1). REST name = suffix in lower case
 * (TRACKER_STATUS_PIN_QUEUED → "pin_queued").
 */
export type TrackerStatus__Output = typeof TrackerStatus[keyof typeof TrackerStatus]
