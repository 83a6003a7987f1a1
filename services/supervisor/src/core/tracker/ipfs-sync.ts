/**
 * IPFS sync (cluster-behaviour.md §7.3): compares the items with what IPFS
 * has pinned and settles the ones IPFS contradicts. Queued and `remote`
 * items are left alone; a CID IPFS has but nothing tracks is the user's own
 * business.
 */
import { logger, type PromiseClient } from '@ipfscluster/chassis'
import type { IPFSConnectorClient } from '@ipfscluster/proto'
import type { MapTrackerConfig } from '@ipfscluster/chassis/config'
import { cidKey, LOCAL_PIN_STATUSES, type Item } from './item.js'
import type { TrackerState } from './tracker-state.js'

const log = logger('pintracker')

export type SyncIpfs = Pick<PromiseClient<IPFSConnectorClient>, 'PinLs' | 'PinLsCid'>

/** How IPFS pins a CID: recursive, direct, or not at all (indirect pins do not count). */
export type IpfsPinned = 'recursive' | 'direct' | undefined

/** Everything IPFS has pinned recursively or directly, by CID key. */
export async function ipfsPinset (ipfs: SyncIpfs, signal?: AbortSignal): Promise<Map<string, IpfsPinned>> {
  const out = new Map<string, IpfsPinned>()
  for await (const res of ipfs.PinLs({ types: [] }, { signal, timeout: Infinity })) {
    out.set(cidKey(res.cid), res.type === 'IPFS_PIN_TYPE_DIRECT' ? 'direct' : 'recursive')
  }
  return out
}

/**
 * True when IPFS holds a pin of depth `maxDepth` (undefined: any pin will
 * do, as for an item being unpinned); a recursive pin also covers a direct one.
 */
export function holds (maxDepth: number | undefined, pinned: IpfsPinned): boolean {
  if (pinned === undefined) return false
  return pinned === 'recursive' || maxDepth === 0 || maxDepth === undefined
}

/** Applies the §7.3 table to one item; true when its status changed. */
export function syncItem (state: TrackerState, item: Item, pinned: IpfsPinned, config: MapTrackerConfig): boolean {
  const has = holds(item.pin?.maxDepth, pinned)
  const age = Date.now() - item.timestamp
  const before = item.status
  switch (item.status) {
    case 'TRACKER_STATUS_PINNED':
      if (!has) state.settle(item, 'TRACKER_STATUS_UNEXPECTEDLY_UNPINNED')
      break
    case 'TRACKER_STATUS_PINNING':
      if (has) state.settle(item, 'TRACKER_STATUS_PINNED')
      else if (age > config.pinningTimeout) state.settle(item, 'TRACKER_STATUS_PIN_ERROR', 'pinning operation is taking too long')
      break
    case 'TRACKER_STATUS_PIN_ERROR':
    case 'TRACKER_STATUS_UNEXPECTEDLY_UNPINNED':
      if (has) state.settle(item, 'TRACKER_STATUS_PINNED')
      break
    case 'TRACKER_STATUS_UNPINNING':
      if (!has) state.unpinned(item)
      else if (age > config.unpinningTimeout) state.settle(item, 'TRACKER_STATUS_UNPIN_ERROR', 'unpinning operation is taking too long')
      break
    case 'TRACKER_STATUS_UNPIN_ERROR':
      if (!has) state.unpinned(item)
      break
    default:
      return false
  }
  return item.status !== before || !state.items.has(item.key)
}

/**
 * IPFS cannot be asked: every item that is neither queued nor `remote`
 * shows the connector's error (the seed did the same, so operators see it);
 * the next sync after IPFS returns restores what IPFS holds.
 */
export function markUnreachable (state: TrackerState, err: Error): Item[] {
  log.warn('Is the ipfs daemon running?', { err: err.message })
  const changed: Item[] = []
  for (const item of state.items.values()) {
    if (item.op?.waiting === true || item.status === 'TRACKER_STATUS_REMOTE') continue
    const before = item.status
    if (LOCAL_PIN_STATUSES.has(item.status)) state.settle(item, 'TRACKER_STATUS_PIN_ERROR', err.message)
    else if (item.status === 'TRACKER_STATUS_UNPINNING' || item.status === 'TRACKER_STATUS_UNPIN_ERROR') state.settle(item, 'TRACKER_STATUS_UNPIN_ERROR', err.message)
    if (item.status !== before) changed.push(item)
  }
  return changed
}
