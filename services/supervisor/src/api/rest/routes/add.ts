import type { ServerResponse } from 'node:http'
import { parseAddParams } from '../add-params.js'
import type { Handler, RequestContext } from '../context.js'
import { goJson } from '../encode/json.js'
import { encodeAdded } from '../encode/added.js'
import { errorText, httpStatusOf } from '../http-error.js'
import { multipartContentType, multipartParts } from '../multipart.js'
import { sendError, setJsonHeaders } from '../respond.js'
import { endWithTrailer, STREAM_ERROR, writeLine } from '../stream.js'
import { reply } from './reply.js'

function setAddHeaders (ctx: RequestContext, streaming: boolean): ServerResponse {
  const { res } = ctx
  setJsonHeaders(res, ctx.config)
  res.setHeader('Cache-Control', 'no-cache')
  res.setHeader('Connection', 'close')
  if (streaming) {
    res.setHeader('X-Chunked-Output', '1')
    res.setHeader('Trailer', STREAM_ERROR)
  }
  return res
}

/**
 * `POST /add` (rest-api.md §5): parameters and Content-Type are checked
 * before any output; streaming mode answers 200 at once and reports later
 * errors in the trailer, buffered mode answers one JSON array (or an error).
 */
export const add: Handler = async ctx => {
  const contentType = multipartContentType(ctx.req.headers['content-type'])
  const { params, streamChannels } = parseAddParams(ctx.url.searchParams, msg => { ctx.log.warn(msg) })
  const outputs = ctx.api.add(params, multipartParts(ctx.req, contentType), { signal: ctx.signal })
  const res = setAddHeaders(ctx, streamChannels)
  if (streamChannels) {
    res.writeHead(200).flushHeaders()
    try {
      for await (const out of outputs) {
        if (res.destroyed) return
        await writeLine(res, goJson(encodeAdded(out)))
      }
    } catch (err) {
      endWithTrailer(res, errorText(err))
      return
    }
    endWithTrailer(res, '')
    return
  }
  const all = []
  try {
    for await (const out of outputs) all.push(encodeAdded(out))
  } catch (err) {
    const { status, message } = httpStatusOf(err)
    sendError(res, ctx.config, status, message)
    return
  }
  reply(ctx, all.length === 0 ? null : all)
}
