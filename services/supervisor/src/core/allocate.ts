/**
 * Allocation of a pin to peers (cluster-behaviour.md §4): pure, so every
 * rule is unit-tested without a cluster.
 */
import { AllocationError } from './errors.js'

/** The latest metric of one peer, as the allocator reads it. */
export interface PeerMetric {
  peer: string
  /** Allocation weight: higher is better (freespace: bytes; reposize/numpin are stored negated). */
  weight: bigint
  valid: boolean
  /** Expiry, Unix nanoseconds. */
  expire: bigint
}

/** What allocation needs to know. */
export interface AllocationInput {
  /** Minimum and maximum replication, resolved (never 0, never -1 here). */
  min: number
  max: number
  /** Allocations of the existing pin ([] when there is none). */
  current: readonly string[]
  /** The consensus peerset. */
  peers: readonly string[]
  /** Latest metric per peer of the allocation metric. */
  metrics: readonly PeerMetric[]
  /** Peers never to choose (the peer being repinned out of). */
  blacklist?: readonly string[]
  /** `user_allocations`: tried first. */
  priority?: readonly string[]
  /** Now, Unix nanoseconds. */
  now: bigint
}

/** Higher weight first; ties by peer ID ascending, so every peer decides alike. */
function byWeight (a: PeerMetric, b: PeerMetric): number {
  if (a.weight !== b.weight) return a.weight > b.weight ? -1 : 1
  return a.peer < b.peer ? -1 : a.peer > b.peer ? 1 : 0
}

/**
 * The peers a pin goes to: the current valid allocations kept, then priority
 * peers, then the best candidates by weight, up to `max`.
 *
 * @throws AllocationError when fewer than `min` peers are available
 */
export function allocate (input: AllocationInput): string[] {
  const members = new Set(input.peers)
  const blocked = new Set(input.blacklist ?? [])
  const usable = new Map<string, PeerMetric>()
  for (const m of input.metrics) {
    if (m.valid && m.expire > input.now && members.has(m.peer) && !blocked.has(m.peer)) usable.set(m.peer, m)
  }
  const current = input.current.filter(p => usable.has(p))
  const needed = input.min - current.length
  const wanted = input.max - current.length
  if (wanted < 0) return current.slice(0, input.max)
  if (needed <= 0) return current
  const taken = new Set(current)
  const priority = [...new Set(input.priority ?? [])].filter(p => usable.has(p) && !taken.has(p))
  const inPriority = new Set(priority)
  const candidates = [...usable.values()].filter(m => !taken.has(m.peer) && !inPriority.has(m.peer)).sort(byWeight).map(m => m.peer)
  const available = priority.length + candidates.length
  if (available < needed) {
    throw new AllocationError(`not enough peers to allocate CID. Needed at least: ${needed}. Wanted at most: ${wanted}. Available candidates: ${available}. See logs for more info.`)
  }
  return [...current, ...[...priority, ...candidates].slice(0, wanted)]
}
