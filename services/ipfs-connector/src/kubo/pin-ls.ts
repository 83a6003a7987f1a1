/**
 * `pin/ls` (ipfs.md §1.5): the streamed form `{"Cid","Type"}` per line and the
 * non-streamed `{"Keys":{"<cid>":{"Type"}}}` are both read; keys are decoded
 * and compared as CIDs (js-ipfs answers a base32 `arg` with base58btc keys).
 */
import type { CID } from 'multiformats/cid'
import { parseCid, sameBlock } from '../cids.js'
import type { AbortOptions, IpfsPinType, PinnedCid } from '../connector.js'
import type { KuboHttpClient } from './http-client.js'
import { decodeError, isNotPinned } from './http-errors.js'

interface PinLsLine {
  Cid?: string
  Type?: string
  Keys?: Record<string, { Type?: string }>
}

/** Kubo says `indirect through <cid>`; every other word is taken as is. */
function pinType (text: string | undefined): PinnedCid['type'] {
  if (text === 'recursive' || text === 'direct') return text
  if (text?.startsWith('indirect') === true) return 'indirect'
  throw decodeError('pin/ls', `unknown pin type ${JSON.stringify(text)}`)
}

function daemonCid (text: string): CID {
  try {
    return parseCid(text)
  } catch (err) {
    throw decodeError('pin/ls', (err as Error).message)
  }
}

function * pinsOf (line: PinLsLine): Iterable<PinnedCid> {
  if (line.Keys !== undefined) {
    for (const [key, value] of Object.entries(line.Keys)) yield { cid: daemonCid(key), type: pinType(value.Type) }
  } else if (typeof line.Cid === 'string') {
    yield { cid: daemonCid(line.Cid), type: pinType(line.Type) }
  }
}

/** How `cid` is pinned when asked with `type=<mode>`; 'unpinned' on IPFS's "not pinned". */
export async function pinLsCid (client: KuboHttpClient, cid: CID, mode: 'recursive' | 'direct', options: AbortOptions = {}): Promise<IpfsPinType> {
  try {
    const lines = client.ndjson<PinLsLine>({ endpoint: 'pin/ls', args: [['arg', cid.toString()], ['type', mode], ['stream', 'true']], signal: options.signal })
    for await (const line of lines) {
      for (const pin of pinsOf(line)) if (sameBlock(pin.cid, cid)) return pin.type
    }
    return 'unpinned'
  } catch (err) {
    if (isNotPinned(err)) return 'unpinned'
    throw err
  }
}

/** The daemon's pins of each type in `types` (empty = recursive, then direct). */
export async function * pinLs (client: KuboHttpClient, types: Array<PinnedCid['type']>, options: AbortOptions = {}): AsyncGenerator<PinnedCid> {
  for (const type of types.length === 0 ? ['recursive', 'direct'] as const : types) {
    for await (const line of client.ndjson<PinLsLine>({ endpoint: 'pin/ls', args: [['type', type], ['stream', 'true']], signal: options.signal })) {
      yield * pinsOf(line)
    }
  }
}
