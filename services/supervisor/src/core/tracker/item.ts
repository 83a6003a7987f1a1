/**
 * One tracked CID: what the shared state wants here (`pin`), where the local
 * IPFS stands (`status`, cluster-behaviour.md §7.1) and the operation queued
 * or running for it.
 */
import type { Context } from '@opentelemetry/api'
import type { Pin__Output, PinInfo__Output, TrackerStatus__Output } from '@ipfscluster/proto'

/** A tracker status, as the proto enum name (`TRACKER_STATUS_PINNED`). */
export type Status = TrackerStatus__Output

/** An IPFS operation for one item, waiting in a queue or running. */
export interface Operation {
  kind: 'pin' | 'unpin'
  /** Aborts the IPFS request when a newer op on the CID replaces this one. */
  abort: AbortController
  /** Set when replaced: a waiting op is skipped, a running one's result ignored. */
  cancelled: boolean
  /** In a queue, not yet running. */
  waiting: boolean
  priority: boolean
  item: Item
  /** Trace context of the applied op that queued it (tracing.ts); undefined = not traced. */
  trace: Context | undefined
}

/**
 * What an item keeps of its pin: only what the tracker acts on (a stored
 * `Pin` decoded whole costs several times more per item at a million pins).
 */
export interface TrackedPin {
  /** -1 recursive, 0 direct, N depth. */
  maxDepth: number
  /** Peer IDs; empty = every peer. */
  allocations: readonly string[]
  /** Unix ms the pin was submitted (priority queue age). */
  timestamp: number
  /** Multiaddrs likely to have the content. */
  origins: readonly string[]
  /** Binary CID of the pin this one updates. */
  pinUpdate: Uint8Array | undefined
}

const NONE: readonly string[] = Object.freeze([])
const interned = new Map<string, string>()

/** One copy of each peer ID string across all items (a cluster has few peers, a pinset many pins). */
function intern (list: string[]): readonly string[] {
  if (list.length === 0) return NONE
  return list.map(s => {
    const known = interned.get(s)
    if (known !== undefined) return known
    interned.set(s, s)
    return s
  })
}

export function trackedPin (pin: Pin__Output): TrackedPin {
  return {
    maxDepth: pin.max_depth,
    allocations: intern(pin.allocations),
    timestamp: Number(pin.timestamp),
    origins: pin.origins.length === 0 ? NONE : pin.origins,
    pinUpdate: pin.pin_update.byteLength === 0 ? undefined : pin.pin_update
  }
}

export class Item {
  /** The pin as last applied from the state; undefined once untracked (the item then lives only until its unpin is done). */
  pin: TrackedPin | undefined
  status: Status = 'TRACKER_STATUS_UNPINNED'
  /** When `status` last changed, Unix ms. */
  timestamp = Date.now()
  error = ''
  attemptCount = 0
  priority = false
  op: Operation | undefined = undefined

  /** @param key - the CID's map key ({@link cidKey}); the bytes are not kept twice */
  constructor (readonly key: string, pin?: TrackedPin) {
    this.pin = pin
  }

  /** Binary CID. */
  get cid (): Buffer {
    return Buffer.from(this.key, 'latin1')
  }
}

/** Map key of a binary CID: its bytes as a one-byte string (CIDs are keyed by their bytes, types.proto). */
export function cidKey (cid: Uint8Array): string {
  return Buffer.from(cid.buffer, cid.byteOffset, cid.byteLength).toString('latin1')
}

/** True when `pin` is allocated to `self`: allocations contain it, or are empty (replication -1). */
export function allocatedTo (pin: TrackedPin, self: string): boolean {
  return pin.allocations.length === 0 || pin.allocations.includes(self)
}

/** Statuses meaning "this peer wants the pin in IPFS". */
export const LOCAL_PIN_STATUSES: ReadonlySet<Status> = new Set<Status>([
  'TRACKER_STATUS_PIN_QUEUED', 'TRACKER_STATUS_PINNING', 'TRACKER_STATUS_PINNED',
  'TRACKER_STATUS_PIN_ERROR', 'TRACKER_STATUS_UNEXPECTEDLY_UNPINNED'
])

/** Who this peer is, for the `peer*`/`ipfs_peer*` fields of a PinInfo. */
export interface PeerIdentity {
  peer: string
  peername: string
  ipfsPeerId: string
  ipfsAddresses: string[]
}

/** The PinInfo of `item` (cid as bytes), as the PinTracker service sends it. */
export function pinInfo (cid: Uint8Array, item: Item | undefined, self: PeerIdentity): PinInfo__Output {
  return {
    cid: Buffer.from(cid),
    peer: self.peer,
    peername: self.peername,
    ipfs_peer_id: self.ipfsPeerId,
    ipfs_peer_addresses: self.ipfsAddresses,
    status: item?.status ?? 'TRACKER_STATUS_UNPINNED',
    timestamp: String(item?.timestamp ?? Date.now()),
    error: item?.error ?? '',
    attempt_count: item?.attemptCount ?? 0,
    priority_pin: item?.priority ?? false
  }
}
