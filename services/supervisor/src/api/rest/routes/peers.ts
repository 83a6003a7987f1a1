import { multiaddr } from '@multiformats/multiaddr'
import type { PeerAddRequest } from '../cluster-api.js'
import type { Handler } from '../context.js'
import { encodeId } from '../encode/id.js'
import { badRequest } from '../http-error.js'
import { decodePeerId } from '../params.js'
import { sendEmpty } from '../respond.js'
import { readBody, reply, replyStream } from './reply.js'

/** `GET /id` */
export const getId: Handler = async ctx => { reply(ctx, encodeId(await ctx.api.id({ signal: ctx.signal }))) }

/** `GET /version` */
export const getVersion: Handler = async ctx => { reply(ctx, { version: ctx.api.version }) }

/** `GET /peers`: NDJSON of `ID`. */
export const listPeers: Handler = async ctx => { await replyStream(ctx, ctx.api.peers({ signal: ctx.signal }), encodeId) }

/** The v1.x body `{"peer_id"}` or the v0.3.1 body `{"peer_multiaddress"}`. */
function peerAddRequest (text: string): PeerAddRequest {
  let body: unknown
  try { body = JSON.parse(text) } catch { throw badRequest('error decoding request body') }
  if (body !== null && (typeof body !== 'object' || Array.isArray(body))) throw badRequest('error decoding request body')
  const { peer_id: peerId, peer_multiaddress: address } = (body ?? {}) as Record<string, unknown>
  if (peerId === undefined && typeof address === 'string') {
    try {
      const addr = multiaddr(address)
      if (!addr.getComponents().some(c => c.name === 'p2p')) throw new Error('no peer ID')
      return { multiaddr: addr.toString() }
    } catch { throw badRequest('error decoding peer_multiaddress') }
  }
  if (peerId !== undefined && typeof peerId !== 'string') throw badRequest('error decoding request body')
  try { return { peerId: decodePeerId(peerId ?? '') } } catch { throw badRequest('error decoding peer_id') }
}

/** `POST /peers`: 200 with the added peer's `ID`. */
export const addPeer: Handler = async ctx => {
  const request = peerAddRequest(await readBody(ctx))
  reply(ctx, encodeId(await ctx.api.peerAdd(request, { signal: ctx.signal })))
}

/** `DELETE /peers/{peer}`: 204. */
export const removePeer: Handler = async ctx => {
  await ctx.api.peerRemove(decodePeerId(ctx.params.peer), { signal: ctx.signal })
  sendEmpty(ctx.res, 204)
}
