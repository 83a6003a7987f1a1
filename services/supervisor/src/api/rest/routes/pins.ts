import { trackerStatusesFromName } from '@ipfscluster/proto'
import type { StatusFilter } from '../cluster-api.js'
import type { Handler, RequestContext } from '../context.js'
import { encodePin } from '../encode/pin.js'
import { encodeGlobalPinInfo } from '../encode/status.js'
import { badRequest } from '../http-error.js'
import { decodeCid, localParam, parseIpfsPath } from '../params.js'
import { parsePinOptions } from '../parse-pin-options.js'
import { reply, replyStream } from './reply.js'

/** Statuses of a `filter` value; unknown words are ignored while one is valid. */
function statusFilter (text: string): StatusFilter {
  if (text === '') return new Set()
  const statuses = text.split(',').flatMap(word => trackerStatusesFromName(word))
  if (statuses.length === 0) throw badRequest('invalid filter value')
  return new Set(statuses)
}

/** `GET /pins`: NDJSON of `GlobalPinInfo` (all pins filtered, or exactly `cids`). */
export const listStatus: Handler = async ctx => {
  const query = ctx.url.searchParams
  const local = localParam(query)
  const cidsText = query.get('cids') ?? ''
  const items = cidsText === ''
    ? ctx.api.statusAll(statusFilter(query.get('filter') ?? ''), local, { signal: ctx.signal })
    : ctx.api.statusCids(cidsText.split(',').map(c => decodeCid(c)), local, { signal: ctx.signal })
  await replyStream(ctx, items, encodeGlobalPinInfo)
}

/** `GET /pins/{cid}` */
export const getStatus: Handler = async ctx => {
  const cid = decodeCid(ctx.params.cid)
  reply(ctx, encodeGlobalPinInfo(await ctx.api.status(cid, localParam(ctx.url.searchParams), { signal: ctx.signal })))
}

/** `POST /pins/{cid}/recover` */
export const recoverOne: Handler = async ctx => {
  const cid = decodeCid(ctx.params.cid)
  reply(ctx, encodeGlobalPinInfo(await ctx.api.recover(cid, localParam(ctx.url.searchParams), { signal: ctx.signal })))
}

/** `POST /pins/recover`: NDJSON of `GlobalPinInfo`. */
export const recoverAll: Handler = async ctx => {
  await replyStream(ctx, ctx.api.recoverAll(localParam(ctx.url.searchParams), { signal: ctx.signal }), encodeGlobalPinInfo)
}

const pinOptions = (ctx: RequestContext): ReturnType<typeof parsePinOptions> =>
  parsePinOptions(ctx.url.searchParams, msg => { ctx.log.warn(msg) })

/** `POST /pins/{cid}`: the `Pin` as submitted. */
export const pinCid: Handler = async ctx => {
  const cid = decodeCid(ctx.params.cid)
  reply(ctx, encodePin(await ctx.api.pin(cid, pinOptions(ctx), { signal: ctx.signal }), 'submitted'))
}

/** `POST /pins/{ipfs|ipns|ipld}/{path…}`: the `Pin` of the resolved CID. */
export const pinPath: Handler = async ctx => {
  const path = parseIpfsPath(ctx.params.namespace, ctx.params.path)
  reply(ctx, encodePin(await ctx.api.pinPath(path, pinOptions(ctx), { signal: ctx.signal }), 'submitted'))
}

/** `DELETE /pins/{cid}`: the `Pin` as it was stored. */
export const unpinCid: Handler = async ctx => {
  reply(ctx, encodePin(await ctx.api.unpin(decodeCid(ctx.params.cid), { signal: ctx.signal }), 'state'))
}

/** `DELETE /pins/{ipfs|ipns|ipld}/{path…}` */
export const unpinPath: Handler = async ctx => {
  const path = parseIpfsPath(ctx.params.namespace, ctx.params.path)
  reply(ctx, encodePin(await ctx.api.unpinPath(path, { signal: ctx.signal }), 'state'))
}
