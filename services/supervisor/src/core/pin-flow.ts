/**
 * Pin and unpin on the peer that received the request
 * (cluster-behaviour.md §3.1–§3.4): validation, allocation, then consensus.
 */
import { NotFoundError, UnsupportedOperationError } from '@ipfscluster/chassis'
import type { Pin__Output, PinOptions__Output } from '@ipfscluster/proto'
import { CID } from 'multiformats/cid'
import { allocationsFor } from './allocation-source.js'
import { IDEMPOTENT, type CoreContext } from './context.js'
import { PinValidationError } from './errors.js'
import { resolveReplication } from './replication.js'

/** Extra inputs of a pin the REST/gRPC request cannot give. */
export interface PinInternals {
  /** Allocations chosen beforehand (the adder's); skips allocation. */
  allocations?: string[]
  /** Peers never to allocate to (repinning out of a peer). */
  blacklist?: string[]
}

const EMPTY = Buffer.alloc(0)

/** The stored pin of a CID, or undefined. */
export async function existingPin (ctx: CoreContext, cid: Uint8Array): Promise<Pin__Output | undefined> {
  try {
    return (await ctx.clients.consensus.PinGet({ cid, linearizable: false }, IDEMPOTENT)).pin ?? undefined
  } catch (err) {
    if (err instanceof NotFoundError) return undefined
    throw err
  }
}

/** The stored pin of a CID. @throws NotFoundError `pin is not part of the pinset` */
export async function storedPin (ctx: CoreContext, cid: Uint8Array): Promise<Pin__Output> {
  const pin = await existingPin(ctx, cid)
  if (pin === undefined) throw new NotFoundError('pin is not part of the pinset')
  return pin
}

const modeOf = (maxDepth: number): string => maxDepth === 0 ? 'direct' : 'recursive'
const typeName = (t: string): string => t.replace(/^PIN_TYPE_/, '').toLowerCase().replace('_', '-')

/** §3.3: the new pin copies `from`'s options and allocations; only name and a future expiry may change. */
async function pinUpdate (ctx: CoreContext, options: PinOptions__Output): Promise<{ options: PinOptions__Output, maxDepth: number, allocations: string[] }> {
  const from = await storedPin(ctx, options.pin_update)
  if (from.type !== 'PIN_TYPE_PIN') throw new PinValidationError('this pin type cannot be updated')
  const expireAt = Number(options.expire_at) > Date.now() ? options.expire_at : from.expire_at
  return {
    options: {
      ...options,
      replication_factor_min: from.replication_factor_min,
      replication_factor_max: from.replication_factor_max,
      name: options.name !== '' ? options.name : from.name,
      shard_size: from.shard_size,
      expire_at: expireAt,
      metadata: from.metadata,
      origins: from.origins
    },
    maxDepth: from.max_depth,
    allocations: from.allocations
  }
}

/**
 * Validates, allocates and commits a pin; resolves with the pin as
 * submitted once consensus committed and applied it.
 *
 * @throws PinValidationError, AllocationError (texts of rest-api.md §4)
 */
export async function pinCid (ctx: CoreContext, cid: CID, requested: PinOptions__Output, internals: PinInternals = {}): Promise<Pin__Output> {
  let options = requested
  let maxDepth = options.mode === 'PIN_MODE_DIRECT' ? 0 : -1
  let preset = internals.allocations
  const updating = options.pin_update.length > 0 && !Buffer.from(options.pin_update).equals(cid.bytes)
  if (updating) ({ options, maxDepth, allocations: preset } = await pinUpdate(ctx, options))
  const existing = await existingPin(ctx, cid.bytes)
  const { min, max } = resolveReplication(options.replication_factor_min, options.replication_factor_max, { min: ctx.settings.replicationMin, max: ctx.settings.replicationMax })
  const expireAt = Number(options.expire_at)
  if (expireAt !== 0 && expireAt < Date.now()) throw new PinValidationError('pin.ExpireAt set before current time')
  if (existing !== undefined) {
    if (existing.type !== 'PIN_TYPE_PIN') {
      throw new PinValidationError(`cannot repin CID with different tracking method, clear state with pin rm to proceed. New: pin. Was: ${typeName(existing.type)}`)
    }
    if (existing.max_depth === -1 && maxDepth === 0) {
      throw new PinValidationError('cannot repin a CID which is already pinned in recursive mode (new pin is pinned as direct). Unpin it first.')
    }
  }
  const everywhere = min === -1 && max === -1
  const allocations = everywhere
    ? []
    : preset ?? await allocationsFor(ctx, { min, max, current: existing?.allocations ?? [], blacklist: internals.blacklist, priority: options.user_allocations })
  if (everywhere) ctx.log.info(`pinning ${cid.toString()} everywhere`, { mode: modeOf(maxDepth) })
  else ctx.log.info(`pinning ${cid.toString()} on [${allocations.join(' ')}]`, { mode: modeOf(maxDepth) })
  const pin: Pin__Output = {
    cid: Buffer.from(cid.bytes),
    type: 'PIN_TYPE_PIN',
    allocations,
    max_depth: maxDepth,
    reference: EMPTY,
    timestamp: String(Date.now()),
    name: options.name,
    replication_factor_min: min,
    replication_factor_max: max,
    shard_size: options.shard_size,
    expire_at: String(expireAt),
    metadata: options.metadata,
    pin_update: updating ? Buffer.from(options.pin_update) : EMPTY,
    origins: options.origins
  }
  await ctx.clients.consensus.LogPin({ pin }, IDEMPOTENT)
  return pin
}

/**
 * Unpins a CID; resolves with the pin as it was stored.
 *
 * @throws NotFoundError `pin is not part of the pinset`
 */
export async function unpinCid (ctx: CoreContext, cid: CID): Promise<Pin__Output> {
  const pin = await storedPin(ctx, cid.bytes)
  if (pin.type === 'PIN_TYPE_SHARD_PIN' || pin.type === 'PIN_TYPE_CLUSTERDAG_PIN') {
    throw new PinValidationError('cannot unpin a shard directly. Unpin content root CID instead')
  }
  if (pin.type !== 'PIN_TYPE_PIN') throw new UnsupportedOperationError('sharded pins are not supported')
  ctx.log.info(`unpinning ${cid.toString()}`)
  await ctx.clients.consensus.LogUnpin({ pin }, IDEMPOTENT)
  return pin
}

/** The CID an IPFS path resolves to (`/ipfs/<cid>` needs no daemon call; the connector knows). */
export async function resolvePath (ctx: CoreContext, path: string): Promise<CID> {
  const res = await ctx.clients.connector.Resolve({ path }, IDEMPOTENT)
  return CID.decode(res.cid)
}
