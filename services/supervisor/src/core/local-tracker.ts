/**
 * What the core needs from this peer's pin tracker (`tracker/`'s PinTracker
 * has this shape). CIDs are binary; statuses are proto `PinInfo` objects.
 */
import type { PinInfo__Output, TrackerStatus__Output } from '@ipfscluster/proto'

export type TrackerInfo = PinInfo__Output

/** The local pin tracker as the core calls it. */
export interface LocalTracker {
  /** This peer's status of a CID (`unpinned` when not tracked). */
  status: (cid: Uint8Array) => TrackerInfo | Promise<TrackerInfo>
  /** Every tracked item, restricted to `filter` when given. */
  statusAll: (filter?: TrackerStatus__Output[]) => AsyncIterable<TrackerInfo>
  /** Re-queues a failed pin/unpin (§7.4); resolves with the status afterwards. */
  recover: (cid: Uint8Array) => Promise<TrackerInfo>
  /** `recover` for every item; never stops at the first error. */
  recoverAll: () => AsyncIterable<TrackerInfo>
  /** IPFS sync of one CID (§7.3). */
  syncLocal: (cid: Uint8Array) => Promise<TrackerInfo>
  /** IPFS sync of every item; resolves with the items whose status changed. */
  syncAllLocal: () => Promise<TrackerInfo[]>
  /** Reconciles the tracker with the shared state now (§7.5). */
  stateSync: () => Promise<void>
}
