/**
 * `block/put` (ipfs.md §1.5, §3): Kubo takes `cid-codec`, `mhtype` and
 * `mhlen`; js-ipfs ignores `cid-codec`, stores only the last part of a
 * multipart body and wants `format` + `version`. One block per request, with
 * the parameters of the daemon's flavour; the returned key must be the block's.
 */
import { randomBytes } from 'node:crypto'
import { IpfsError } from '../errors.js'
import { parseCid, sameBlock } from '../cids.js'
import type { AbortOptions, Block } from '../connector.js'
import type { KuboHttpClient } from './http-client.js'

const CODECS: Record<number, string> = { 0x55: 'raw', 0x70: 'dag-pb', 0x71: 'dag-cbor', 0x0129: 'dag-json', 0x0200: 'json', 0x72: 'libp2p-key' }
const HASHES: Record<number, string> = { 0x00: 'identity', 0x12: 'sha2-256', 0x13: 'sha2-512', 0x14: 'sha3-512', 0x15: 'sha3-384', 0x16: 'sha3-256', 0x17: 'sha3-224', 0xb220: 'blake2b-256', 0xb260: 'blake2s-256' }

function nameOf (table: Record<number, string>, code: number, what: string): string {
  const name = table[code]
  if (name === undefined) throw new IpfsError(`block/put: unsupported ${what} 0x${code.toString(16)}`)
  return name
}

/** A multipart/form-data body with one file part. */
export function multipartFile (data: Uint8Array): { contentType: string, data: Uint8Array } {
  const boundary = `----ipfscluster${randomBytes(12).toString('hex')}`
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="block"\r\nContent-Type: application/octet-stream\r\n\r\n`
  return { contentType: `multipart/form-data; boundary=${boundary}`, data: Buffer.concat([Buffer.from(head), data, Buffer.from(`\r\n--${boundary}--\r\n`)]) }
}

/** Stores `block`; resolves with the size the daemon reports. */
export async function blockPut (client: KuboHttpClient, block: Block, jsMode: boolean, options: AbortOptions = {}): Promise<number> {
  const { cid } = block
  const codec = nameOf(CODECS, cid.code, 'codec')
  const hash = nameOf(HASHES, cid.multihash.code, 'hash function')
  const args: Array<[string, string]> = jsMode
    ? [['format', codec], ['version', String(cid.version)], ['mhtype', hash], ['mhlen', String(cid.multihash.size)], ['pin', 'false']]
    : [['cid-codec', codec], ['mhtype', hash], ['mhlen', String(cid.multihash.size)], ['pin', 'false'], ['allow-big-block', 'true']]
  const res = await client.json<{ Key?: string, Size?: number | string }>({ endpoint: 'block/put', args, body: multipartFile(block.bytes), signal: options.signal })
  if (typeof res.Key !== 'string' || !sameBlock(parseCid(res.Key), cid)) {
    throw new IpfsError(`block/put: IPFS stored the block as ${String(res.Key)}, expected ${cid.toString()}`)
  }
  return Number(res.Size ?? block.bytes.byteLength)
}
