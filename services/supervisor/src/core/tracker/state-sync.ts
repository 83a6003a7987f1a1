/**
 * State sync (cluster-behaviour.md §7.5): reconciles the items with the
 * shared state as `Consensus.List` shows it — tracks every pin the tracker
 * does not know or whose allocations or depth changed, untracks every item
 * the state no longer holds.
 *
 * The list is read while applied ops keep arriving, so a CID touched by an op
 * applied after the sync began is left to that op (it is at least as new as
 * the list). On the Raft leader the sync also unpins (LogUnpin) the pins
 * whose `expire_at` has passed.
 */
import { logger, type PromiseClient } from '@ipfscluster/chassis'
import { listedPins, type ConsensusClient, type Pin__Output } from '@ipfscluster/proto'
import { cidText } from './cid-text.js'
import { cidKey, type Item } from './item.js'
import { ipfsPinset, holds, type IpfsPinned, type SyncIpfs } from './ipfs-sync.js'
import type { TrackerState } from './tracker-state.js'

const log = logger('pintracker')

export interface StateSyncInput {
  state: TrackerState
  consensus: Pick<PromiseClient<ConsensusClient>, 'List' | 'Leader' | 'LogUnpin'>
  /** This peer's ID: only the leader unpins expired pins. */
  self: string
  ipfs: SyncIpfs
  /** Index of the last op applied to the items when the sync starts. */
  startIndex: number
  /** Index of the last op that touched a CID (by key), if any since the last sync. */
  touchedAt: (key: string) => number | undefined
  /** Keys of CIDs a previous run pinned (start-up only): those the state no longer holds are unpinned. */
  formerlyPinned?: ReadonlySet<string>
  signal?: AbortSignal
}

/** Runs one state sync; resolves with the number of items tracked and untracked. */
export async function stateSync (input: StateSyncInput): Promise<{ tracked: number, untracked: number }> {
  const { state, startIndex } = input
  const fresh = (key: string): boolean => (input.touchedAt(key) ?? 0) > startIndex
  // One pin/ls spares a connector call per pin that IPFS already holds; without IPFS every pin is queued and fails there.
  const pinset = await ipfsPinset(input.ipfs, input.signal).catch(err => {
    log.debug('state sync without the IPFS pinset', { err: (err as Error).message })
    return new Map<string, IpfsPinned>()
  })
  const seen = new Set<string>()
  const expired: Uint8Array[] = []
  const now = Date.now()
  let tracked = 0
  for await (const pin of listedPins(input.consensus.List({ linearizable: false, types: [] }, { signal: input.signal, timeout: Infinity }))) {
    const key = cidKey(pin.cid)
    seen.add(key)
    const expireAt = Number(pin.expire_at)
    if (expireAt > 0 && expireAt <= now) expired.push(pin.cid)
    if (fresh(key)) continue
    const item = state.items.get(key)
    if (item !== undefined && !changed(item, pin)) continue
    state.track(pin, holds(pin.max_depth, pinset.get(key)))
    tracked++
  }
  let untracked = 0
  for (const [key, item] of [...state.items]) {
    if (item.pin === undefined || seen.has(key) || fresh(key)) continue
    state.untrack(item.cid)
    untracked++
  }
  for (const key of input.formerlyPinned ?? []) {
    if (seen.has(key) || fresh(key) || state.items.has(key)) continue
    state.untrack(Buffer.from(key, 'latin1'))
    untracked++
  }
  if (tracked + untracked > 0) log.info('state sync', { tracked, untracked })
  if (expired.length > 0) await unpinExpired(input, expired)
  return { tracked, untracked }
}

/** The leader's part (§7.5): LogUnpin every expired pin; an error is logged per CID and the rest go on. */
async function unpinExpired (input: StateSyncInput, expired: Uint8Array[]): Promise<void> {
  const leader = await input.consensus.Leader({}, { signal: input.signal, idempotent: true }).then(r => r.leader, (err: Error) => {
    log.debug('no leader known; expired pins wait for the next state sync', { err: err.message })
    return undefined
  })
  if (leader !== input.self) return
  for (const cid of expired) {
    log.info(`unpinning expired pin ${cidText(cid)}`)
    try {
      await input.consensus.LogUnpin({ pin: { cid } }, { signal: input.signal })
    } catch (err) {
      log.error('cannot unpin an expired pin', { cid: cidText(cid), err: (err as Error).message })
    }
  }
}

function changed (item: Item, pin: Pin__Output): boolean {
  const known = item.pin
  if (known === undefined) return true
  if (known.maxDepth !== pin.max_depth) return true
  if (known.allocations.length !== pin.allocations.length) return true
  return known.allocations.some((p, i) => p !== pin.allocations[i])
}
