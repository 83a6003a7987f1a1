/** Parsing of path parameters and simple query values (rest-api.md §1, §3). */
import { peerIdFromString } from '@libp2p/peer-id'
import { bases } from 'multiformats/basics'
import { CID } from 'multiformats/cid'
import type { MultibaseDecoder } from 'multiformats/bases/interface'
import { badRequest, errorText } from './http-error.js'

// Go's cid.Decode accepts any multibase; multiformats' parse needs the decoders
const decoders = new Map(Object.values(bases).map(b => [b.prefix as string, b.decoder as MultibaseDecoder<string>]))
const anyBase: MultibaseDecoder<string> = {
  decode: text => {
    const decoder = decoders.get(String.fromCodePoint(text.codePointAt(0) ?? 0))
    if (decoder === undefined) throw new Error('selected encoding not supported')
    return decoder.decode(text)
  }
}

function parseCid (text: string): CID {
  if (text === '') throw new Error('cid too short')
  return text.startsWith('Qm') ? CID.parse(text) : CID.parse(text, anyBase)
}

/**
 * Decodes a CID (v0 base58btc or any multibase v1).
 * @throws HttpError 400 `<prefix>: <detail>`
 */
export function decodeCid (text: string, prefix = 'error decoding Cid'): CID {
  try {
    return parseCid(text)
  } catch (err) {
    throw badRequest(`${prefix}: ${errorText(err)}`)
  }
}

/**
 * Decodes a peer ID to its canonical string.
 * @throws HttpError 400 `error decoding Peer ID: <detail>`
 */
export function decodePeerId (text: string): string {
  try {
    return peerIdFromString(text).toString()
  } catch (err) {
    throw badRequest(`error decoding Peer ID: ${errorText(err)}`)
  }
}

/**
 * Rebuilds and checks an IPFS path from a `/pins/{ipfs|ipns|ipld}/{path…}`
 * route: trailing `/` trimmed, `ipfs`/`ipld` roots must be CIDs.
 * @throws HttpError 400 `error parsing path: <detail>`
 */
export function parseIpfsPath (namespace: string, rest: string): string {
  const path = `/${namespace}/${rest}`.replace(/\/+$/, '')
  const [root = ''] = rest.split('/')
  try {
    if (root === '') throw new Error('path does not have enough components')
    if (namespace !== 'ipns') parseCid(root)
  } catch (err) {
    throw badRequest(`error parsing path: invalid path ${JSON.stringify(path)}: ${errorText(err)}`)
  }
  return path
}

/** `local` is true only for exactly `true` (rest-api.md §1). */
export const localParam = (query: URLSearchParams): boolean => query.get('local') === 'true'

const TRUE = new Set(['1', 't', 'T', 'TRUE', 'true', 'True'])
const FALSE = new Set(['0', 'f', 'F', 'FALSE', 'false', 'False'])

/**
 * A Go `strconv.ParseBool` query value; absent or empty = `fallback`.
 * @throws HttpError 400 `parameter <name> invalid`
 */
export function boolParam (query: URLSearchParams, name: string, fallback: boolean): boolean {
  const v = query.get(name) ?? ''
  if (v === '') return fallback
  if (TRUE.has(v)) return true
  if (FALSE.has(v)) return false
  throw badRequest(`parameter ${name} invalid`)
}

/** A Go `strconv.Atoi` value (int64 range), or undefined when it is not one. */
export function parseGoInt (text: string): number | undefined {
  if (!/^[+-]?\d+$/.test(text)) return undefined
  const n = BigInt(text)
  return n > 9223372036854775807n || n < -9223372036854775808n ? undefined : Number(n)
}

/**
 * An integer query value; absent or empty = `fallback`.
 * @throws HttpError 400 `<message>` (default `parameter <name> invalid`)
 */
export function intParam (query: URLSearchParams, name: string, fallback: number, message = `parameter ${name} invalid`): number {
  const v = query.get(name) ?? ''
  if (v === '') return fallback
  const n = parseGoInt(v)
  if (n === undefined) throw badRequest(message)
  return n
}
