import { pinTypeFromName, type PinType__Output } from '@ipfscluster/proto'
import type { PinTypeFilter } from '../cluster-api.js'
import type { Handler } from '../context.js'
import { encodePin } from '../encode/pin.js'
import { badRequest } from '../http-error.js'
import { decodeCid } from '../params.js'
import { reply, replyStream } from './reply.js'

/** Pin types of a `filter` value (`all` or empty = every type); 400 only when every word is unknown. */
function typeFilter (text: string): PinTypeFilter {
  if (text === '') return new Set()
  const words = text.split(',')
  if (words.includes('all')) return new Set()
  const types = words.map(pinTypeFromName).filter((t): t is PinType__Output => t !== undefined)
  if (types.length === 0) throw badRequest('invalid filter value')
  return new Set(types)
}

/** `GET /allocations`: NDJSON of stored `Pin`s. */
export const listAllocations: Handler = async ctx => {
  const filter = typeFilter(ctx.url.searchParams.get('filter') ?? '')
  await replyStream(ctx, ctx.api.allocations(filter, { signal: ctx.signal }), pin => encodePin(pin, 'state'))
}

/** `GET /allocations/{cid}` */
export const getAllocation: Handler = async ctx => {
  reply(ctx, encodePin(await ctx.api.allocation(decodeCid(ctx.params.cid), { signal: ctx.signal }), 'state'))
}
