/**
 * What an add is asked to do (rest-api.md §5.1, as the proxy and the `Add`
 * RPC pass it) and the importer settings that reproduce Kubo's `ipfs add`:
 * chunker strings, multihash names, balanced/trickle layouts, CID version and
 * raw-leaf defaults.
 */
import { InvalidParametersError } from '@ipfscluster/chassis'
import type { ImporterOptions } from 'ipfs-unixfs-importer'
import { fixedSize, rabin } from 'ipfs-unixfs-importer/chunker'
import { balanced, trickle } from 'ipfs-unixfs-importer/layout'

/** Parameters of one add. */
export interface AddOptions {
  /** `unixfs` imports files and folders; `car` stores the blocks of one CAR v1. */
  format: 'unixfs' | 'car'
  layout: 'balanced' | 'trickle'
  /** Kubo chunker string; '' = `size-262144`. */
  chunker: string
  /** Multihash name; '' = `sha2-256` (the only one the importer builds with). */
  hash: string
  cidVersion: 0 | 1
  /** Unset = true when `cidVersion` > 0. */
  rawLeaves?: boolean
  wrapWithDirectory: boolean
  /** Emit `{ name, bytes }` progress outputs. */
  progress: boolean
}

/** The defaults of `ipfs add`. */
export const defaultAddOptions: AddOptions = { format: 'unixfs', layout: 'balanced', chunker: '', hash: '', cidVersion: 0, wrapWithDirectory: false, progress: false }

/** Names Kubo knows that the importer (sha2-256 only) cannot build DAGs with. */
const KNOWN_HASHES = new Set(['sha2-512', 'sha3-224', 'sha3-256', 'sha3-384', 'sha3-512', 'keccak-224', 'keccak-256', 'keccak-384', 'keccak-512', 'blake2b-256', 'blake2b-512', 'blake2s-256', 'blake3', 'identity', 'murmur3-128', 'md5', 'sha1'])

/** Kubo's default chunk size and its rabin defaults (min = avg/3, max = avg·1.5). */
const CHUNK = 262144

function chunkerOf (text: string): ImporterOptions['chunker'] {
  const spec = text === '' ? `size-${CHUNK}` : text
  const size = /^size-(\d+)$/.exec(spec)
  if (size !== null && Number(size[1]) > 0) return fixedSize({ chunkSize: Number(size[1]) })
  if (spec === 'rabin') return rabin({ minChunkSize: Math.floor(CHUNK / 3), avgChunkSize: CHUNK, maxChunkSize: CHUNK + CHUNK / 2 })
  const r = /^rabin-(\d+)-(\d+)-(\d+)$/.exec(spec)
  if (r !== null) return rabin({ minChunkSize: Number(r[1]), avgChunkSize: Number(r[2]), maxChunkSize: Number(r[3]) })
  throw new InvalidParametersError(`chunker ${JSON.stringify(spec)} is not supported (size-N, rabin, rabin-min-avg-max)`)
}

/** @throws InvalidParametersError unless `name` is '' or sha2-256, the importer's only hash. */
function checkHash (name: string): void {
  if (name === '' || name === 'sha2-256') return
  if (KNOWN_HASHES.has(name)) throw new InvalidParametersError(`hash function ${name} is not supported by the cluster adder (sha2-256 only)`)
  throw new InvalidParametersError(`hash function name not known: ${JSON.stringify(name)}`)
}

/** Importer settings equal to Kubo's for these parameters. */
export function importerOptions (options: AddOptions): Partial<ImporterOptions> {
  checkHash(options.hash)
  const rawLeaves = options.rawLeaves ?? options.cidVersion > 0
  const trickled = options.layout === 'trickle'
  return {
    cidVersion: options.cidVersion,
    rawLeaves,
    // Kubo's trickle builder uses UnixFS 'raw' leaves and keeps single-leaf roots
    leafType: trickled ? 'raw' : 'file',
    reduceSingleLeafToSelf: !trickled,
    layout: trickled ? trickle() : balanced({ maxChildrenPerNode: 174 }),
    chunker: chunkerOf(options.chunker),
    wrapWithDirectory: options.wrapWithDirectory,
    // entries arrive one after the other on one stream: import them in order
    fileImportConcurrency: 1,
    blockWriteConcurrency: 10
  }
}
