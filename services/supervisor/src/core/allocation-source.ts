/** Allocation with live inputs: the consensus peerset and the monitor's metrics (cluster-behaviour.md §4). */
import type { Metric__Output } from '@ipfscluster/proto'
import { allocate, type PeerMetric } from './allocate.js'
import { IDEMPOTENT, type CoreContext } from './context.js'
import { resolveReplication } from './replication.js'

/** Nanoseconds since the epoch, as metric stamps are. */
export const nowNanos = (): bigint => BigInt(Date.now()) * 1_000_000n

/** The consensus peerset, sorted. */
export async function consensusPeers (ctx: CoreContext): Promise<string[]> {
  return (await ctx.clients.consensus.Peers({}, IDEMPOTENT)).peers
}

/** Latest valid, unexpired metric of `name` per peer. */
export async function latestMetrics (ctx: CoreContext, name: string): Promise<Metric__Output[]> {
  const now = nowNanos()
  return (await ctx.clients.monitor.LatestMetrics({ name }, IDEMPOTENT)).metrics.filter(m => m.valid && BigInt(m.expire) > now)
}

const toPeerMetric = (m: Metric__Output): PeerMetric => ({ peer: m.peer, weight: BigInt(m.weight), valid: m.valid, expire: BigInt(m.expire) })

/** Allocations for a pin with resolved, finite replication factors. */
export async function allocationsFor (ctx: CoreContext, input: { min: number, max: number, current: readonly string[], blacklist?: readonly string[], priority?: readonly string[] }): Promise<string[]> {
  const [peers, metrics] = await Promise.all([consensusPeers(ctx), latestMetrics(ctx, ctx.settings.allocationMetric)])
  try {
    return allocate({ ...input, peers, metrics: metrics.map(toPeerMetric), now: nowNanos() })
  } catch (err) {
    ctx.log.error('allocation failed', { candidates: metrics.map(m => `${m.peer}:${m.weight}`).join(' '), err: (err as Error).message })
    throw err
  }
}

/**
 * Peers that receive the blocks of an add: the pin's allocation, or every
 * member with a valid ping metric when it is pinned everywhere.
 */
export async function blockAllocate (ctx: CoreContext, options: { replication_factor_min: number, replication_factor_max: number, user_allocations: string[] }): Promise<{ everywhere: boolean, allocations: string[] }> {
  const { min, max } = resolveReplication(options.replication_factor_min, options.replication_factor_max, { min: ctx.settings.replicationMin, max: ctx.settings.replicationMax })
  if (min !== -1) return { everywhere: false, allocations: await allocationsFor(ctx, { min, max, current: [], priority: options.user_allocations }) }
  const [peers, pings] = await Promise.all([consensusPeers(ctx), latestMetrics(ctx, 'ping')])
  const alive = new Set(pings.map(m => m.peer))
  alive.add(ctx.settings.self)
  return { everywhere: true, allocations: peers.filter(p => alive.has(p)) }
}
