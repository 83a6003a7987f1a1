import type { AddParams } from './cluster-api.js'
import { badRequest } from './http-error.js'
import { boolParam, intParam } from './params.js'
import { parsePinOptions } from './parse-pin-options.js'

/** `/add` parameters plus the output mode, which is the HTTP layer's alone. */
export interface AddRequest { params: AddParams, streamChannels: boolean }

function oneOf<T extends string> (query: URLSearchParams, name: string, allowed: readonly T[]): T {
  const v = query.get(name) ?? ''
  if (!(allowed as readonly string[]).includes(v)) throw badRequest(`${name} parameter is invalid`)
  return v as T
}

/**
 * The query of `POST /add` (rest-api.md §5.1), in the original's order.
 * @throws HttpError 400 with the message of §4 or §5.1
 */
export function parseAddParams (query: URLSearchParams, warn: (msg: string) => void): AddRequest {
  // pin-update makes no sense for content that is being added
  const { pinUpdate, ...options } = parsePinOptions(query, warn)
  const layout = oneOf(query, 'layout', ['', 'balanced', 'trickle'] as const)
  const format = oneOf(query, 'format', ['', 'unixfs', 'car'] as const)
  const local = boolParam(query, 'local', false)
  boolParam(query, 'recursive', false)
  boolParam(query, 'hidden', false)
  const wrapWithDirectory = boolParam(query, 'wrap-with-directory', false)
  const shard = boolParam(query, 'shard', false)
  const streamChannels = boolParam(query, 'stream-channels', true)
  const cidVersion = intParam(query, 'cid-version', 0)
  const rawLeaves = boolParam(query, 'raw-leaves', cidVersion > 0)
  const progress = boolParam(query, 'progress', false)
  const nocopy = boolParam(query, 'nocopy', false)
  const noPin = boolParam(query, 'no-pin', false)
  if (shard) throw badRequest('sharding is not supported')
  if (nocopy) throw badRequest('nocopy is not supported')
  const params: AddParams = {
    ...options,
    format: format === 'car' ? 'car' : 'unixfs',
    layout,
    chunker: query.get('chunker') || 'size-262144',
    hash: query.get('hash') || 'sha2-256',
    cidVersion,
    rawLeaves,
    wrapWithDirectory,
    local,
    progress,
    noPin
  }
  return { params, streamChannels }
}
