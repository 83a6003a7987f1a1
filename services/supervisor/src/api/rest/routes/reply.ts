import type { RequestContext } from '../context.js'
import type { JsonValue } from '../encode/json.js'
import { sendJson } from '../respond.js'
import { sendStream } from '../stream.js'

/** Answers 200 (or `status`) with one JSON value. */
export function reply (ctx: RequestContext, value: JsonValue, status = 200): void {
  sendJson(ctx.res, ctx.config, status, value)
}

/** Answers with an NDJSON stream (rest-api.md §6). */
export async function replyStream<T> (ctx: RequestContext, items: AsyncIterable<T>, encode: (item: T) => JsonValue): Promise<void> {
  await sendStream(ctx.res, ctx.config, items, encode)
}

/** The request body, at most `limit` bytes (longer bodies are cut: only small JSON bodies are read this way). */
export async function readBody (ctx: RequestContext, limit = 1 << 20): Promise<string> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of ctx.req) {
    size += (chunk as Buffer).length
    if (size <= limit) chunks.push(chunk as Buffer)
  }
  return Buffer.concat(chunks).toString()
}
