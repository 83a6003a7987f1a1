/**
 * Re-allocation of the pins of a peer that is gone (cluster-behaviour.md §6,
 * §9.3): every pin allocated to it is pinned again with that peer
 * blacklisted. Pins to everywhere are untouched; a failure is logged per CID
 * and the loop goes on.
 */
import { listedPins, type PinOptions__Output } from '@ipfscluster/proto'
import { CID } from 'multiformats/cid'
import type { CoreContext } from './context.js'
import { pinCid } from './pin-flow.js'

/** Re-pins every pin allocated to `peer` elsewhere; resolves with the number re-pinned. */
export async function repinFrom (ctx: CoreContext, peer: string): Promise<number> {
  const affected = []
  for await (const pin of listedPins(ctx.clients.consensus.List({ linearizable: false, types: ['PIN_TYPE_PIN'] }))) {
    if (pin.allocations.includes(peer)) affected.push(pin)
  }
  let done = 0
  for (const pin of affected) {
    const cid = CID.decode(pin.cid)
    ctx.log.info(`repinning ${cid.toString()} out of ${peer}`)
    const options: PinOptions__Output = {
      replication_factor_min: pin.replication_factor_min,
      replication_factor_max: pin.replication_factor_max,
      name: pin.name,
      mode: pin.max_depth === 0 ? 'PIN_MODE_DIRECT' : 'PIN_MODE_RECURSIVE',
      shard_size: pin.shard_size,
      user_allocations: [],
      expire_at: pin.expire_at,
      metadata: pin.metadata,
      pin_update: Buffer.alloc(0),
      origins: pin.origins
    }
    try {
      await pinCid(ctx, cid, options, { blacklist: [peer] })
      done++
    } catch (err) {
      ctx.log.error(`error repinning ${cid.toString()} out of ${peer}`, { err: (err as Error).message })
    }
  }
  return done
}
