/**
 * `pin/add`, `pin/rm`, `pin/update`, `pin/ls` through the cluster (ipfs.md §2.2):
 * the cluster's pinset instead of the daemon's.
 */
import { NotFoundError } from '@ipfscluster/chassis'
import type { Pin__Output } from '@ipfscluster/proto'
import { CID } from 'multiformats/cid'
import { parseCid } from '../cids.js'
import { argOf, clusterCall, flag, ProxyHttpError, type Intercept } from './intercept.js'
import { SERVER_HEADER, sendJson } from './responses.js'

function cidText (pin: Pin__Output | null | undefined): string {
  return pin?.cid === undefined ? '' : CID.decode(pin.cid).toString()
}

function pinTypeOf (pin: Pin__Output): 'recursive' | 'direct' {
  return pin.max_depth === 0 ? 'direct' : 'recursive'
}

function required (arg: string | undefined, what = 'ipfs-path'): string {
  if (arg === undefined || arg === '') throw new ProxyHttpError(400, `argument "${what}" is required`)
  return arg
}

/** `pin/add`: cluster PinPath with the default replication; `recursive=false` or `type=direct` → direct. */
export const pinAdd: Intercept = async ctx => {
  const path = required(argOf(ctx))
  const direct = !flag(ctx.query, 'recursive', true) || ctx.query.get('type') === 'direct'
  const res = await ctx.cluster.PinPath({ path, options: { mode: direct ? 'PIN_MODE_DIRECT' : 'PIN_MODE_RECURSIVE' } }, clusterCall)
  sendJson(ctx.res, { Pins: [cidText(res.pin)] }, ctx.headers)
}

/** `pin/rm`: cluster UnpinPath. */
export const pinRm: Intercept = async ctx => {
  const res = await ctx.cluster.UnpinPath({ path: required(argOf(ctx)) }, clusterCall)
  sendJson(ctx.res, { Pins: [cidText(res.pin)] }, ctx.headers)
}

/** `pin/update`: resolve `from`, pin `to` as an update of it, then unpin `from` unless `unpin=false`. */
export const pinUpdate: Intercept = async ctx => {
  const [fromArg, toArg] = ctx.query.getAll('arg')
  const from = await ctx.connector.resolve(required(fromArg, 'from-path'))
  const to = required(toArg, 'to-path')
  const res = await ctx.cluster.PinPath({ path: to, options: { pin_update: from.bytes } }, clusterCall)
  if (flag(ctx.query, 'unpin', true)) await ctx.cluster.Unpin({ cid: from.bytes }, clusterCall)
  sendJson(ctx.res, { Pins: [from.toString(), cidText(res.pin)] }, ctx.headers)
}

/** `pin/ls`: one CID (PinGet) or the whole pinset (Pins), as `{"Keys":…}` or, with `stream`, NDJSON. */
export const pinLs: Intercept = async ctx => {
  const arg = argOf(ctx)
  const pins: Pin__Output[] = []
  if (arg !== undefined) {
    const cid = parseCid(arg.replace(/^\/ipfs\//, ''))
    try {
      const res = await ctx.cluster.PinGet({ cid: cid.bytes }, clusterCall)
      if (res.pin != null) pins.push(res.pin)
    } catch (err) {
      if (err instanceof NotFoundError) throw new ProxyHttpError(500, `Error: path '${arg}' is not pinned`)
      throw err
    }
  } else {
    for await (const item of ctx.cluster.Pins({}, { timeout: clusterCall.timeout })) if (item.pin != null) pins.push(item.pin)
  }
  if (flag(ctx.query, 'stream') || flag(ctx.query, 's')) {
    ctx.res.writeHead(200, { ...ctx.headers, 'Content-Type': 'application/json', Server: SERVER_HEADER, Trailer: 'X-Stream-Error' })
    for (const pin of pins) ctx.res.write(JSON.stringify({ Cid: cidText(pin), Type: pinTypeOf(pin) }) + '\n')
    ctx.res.addTrailers({ 'X-Stream-Error': '' })
    ctx.res.end()
    return
  }
  sendJson(ctx.res, { Keys: Object.fromEntries(pins.map(p => [cidText(p), { Type: pinTypeOf(p) }])) }, ctx.headers)
}
