import { parseDuration } from '@ipfscluster/chassis'
import { multiaddr } from '@multiformats/multiaddr'
import type { PinOptions } from './cluster-api.js'
import { parseTime } from './encode/time.js'
import { badRequest, errorText } from './http-error.js'
import { decodeCid, decodePeerId, intParam } from './params.js'

function parseMode (query: URLSearchParams, warn: (msg: string) => void): PinOptions['mode'] {
  const mode = query.get('mode') ?? ''
  if (mode === 'direct') return 'PIN_MODE_DIRECT'
  // an absent mode is the default, not a mistake worth a warning
  if (mode !== 'recursive' && mode !== '') warn(`unknown pin mode ${JSON.stringify(mode)}, using recursive`)
  return 'PIN_MODE_RECURSIVE'
}

function parseShardSize (query: URLSearchParams): bigint {
  const v = query.get('shard-size') ?? ''
  if (v === '') return 0n
  if (!/^\d+$/.test(v) || BigInt(v) > 0xffffffffffffffffn) throw badRequest('parameter shard_size is invalid')
  return BigInt(v)
}

function parseUserAllocations (query: URLSearchParams): string[] | null {
  const v = query.get('user-allocations') ?? ''
  if (v === '') return null
  // undecodable entries are dropped, as the original does
  return v.split(',').flatMap(id => { try { return [decodePeerId(id)] } catch { return [] } })
}

function parseExpireAt (query: URLSearchParams, now: number): number {
  const at = query.get('expire-at') ?? ''
  if (at !== '') {
    try { return parseTime(at) } catch (err) { throw badRequest(`expire-at cannot be parsed: ${errorText(err)}`) }
  }
  const inText = query.get('expire-in') ?? ''
  if (inText === '') return 0
  const ms = parseDuration(inText)
  if (ms === undefined) throw badRequest(`expire-in cannot be parsed: time: invalid duration ${JSON.stringify(inText)}`)
  if (ms < 1000) throw badRequest('expire-in duration too short')
  return now + ms
}

function parseMetadata (query: URLSearchParams): Record<string, string> {
  const metadata: Record<string, string> = {}
  for (const key of new Set(query.keys())) {
    if (key.startsWith('meta-') && key.length > 5) metadata[key.slice(5)] = query.get(key) ?? ''
  }
  return metadata
}

function parseOrigins (query: URLSearchParams): string[] | null {
  const v = query.get('origins') ?? ''
  if (v === '') return null
  return v.split(',').map(text => {
    let addr
    try { addr = multiaddr(text) } catch (err) { throw badRequest(`error decoding multiaddress: ${errorText(err)}`) }
    if (!addr.getComponents().some(c => c.name === 'p2p')) {
      throw badRequest(`multiaddress does not contain peer ID: protocol not found in multiaddr ${text}`)
    }
    return addr.toString()
  })
}

/**
 * The pin options of a query (rest-api.md §4), checked in the original's
 * order so the first bad parameter names the 400.
 *
 * @param warn - told about an unknown `mode` (it falls back to recursive)
 * @throws HttpError 400 with the message of §4
 */
export function parsePinOptions (query: URLSearchParams, warn: (msg: string) => void, now = Date.now()): PinOptions {
  const name = query.get('name') ?? ''
  const mode = parseMode(query, warn)
  const replication = intParam(query, 'replication', 0)
  const both = (query.get('replication') ?? '') !== ''
  const replicationFactorMin = both ? replication : intParam(query, 'replication-min', 0)
  const replicationFactorMax = both ? replication : intParam(query, 'replication-max', 0)
  const shardSize = parseShardSize(query)
  const userAllocations = parseUserAllocations(query)
  const expireAt = parseExpireAt(query, now)
  const metadata = parseMetadata(query)
  const update = query.get('pin-update') ?? ''
  const pinUpdate = update === '' ? undefined : decodeCid(update, 'error decoding update option parameter')
  const origins = parseOrigins(query)
  return { replicationFactorMin, replicationFactorMax, name, mode, shardSize, userAllocations, expireAt, metadata, pinUpdate, origins }
}
