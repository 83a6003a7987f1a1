/**
 * The cluster adder (rest-api.md §5.3): imports files as UnixFS, or stores a
 * CAR, sending every block to a sink (the local IPFS node) as it is produced,
 * and yields one output per file and directory, children before parents, the
 * wrapper last — Kubo's `ipfs add` order and CIDs.
 */
import { UnsupportedOperationError } from '@ipfscluster/chassis'
import { importer, type ImportCandidate } from 'ipfs-unixfs-importer'
import { CID } from 'multiformats/cid'
import type { AbortOptions, Block } from '../connector.js'
import { addCar } from './car-add.js'
import { Channel } from './channel.js'
import { importerOptions, type AddOptions } from './add-options.js'

/** One entry of an add: a file with its content, a directory, or (unsupported) a symlink. */
export interface AddEntry {
  /** Relative path, `/`-separated. */
  path: string
  kind: 'file' | 'directory' | 'symlink'
  /** The file's bytes (files only). */
  content?: AsyncIterable<Uint8Array> | Iterable<Uint8Array>
}

/** One output of an add: a finished entry (`cid`, `size`) or progress (`bytes`). */
export interface AddOutput {
  name: string
  cid?: CID
  /** Bytes read so far (progress outputs). */
  bytes?: number
  /** Cumulative DAG size. */
  size?: bigint
}

/** Where blocks go as they are produced. */
export type BlockSink = (block: Block, options?: AbortOptions) => Promise<unknown>

/**
 * Adds `entries`, storing blocks through `sink`.
 *
 * @throws InvalidParametersError for a bad chunker or hash, UnsupportedOperationError for symlinks.
 */
export async function * add (entries: AsyncIterable<AddEntry>, options: AddOptions, sink: BlockSink, opts: AbortOptions = {}): AsyncGenerator<AddOutput> {
  if (options.format === 'car') {
    yield * addCar(entries, options, sink, opts)
    return
  }
  const settings = importerOptions(options)
  const out = new Channel<AddOutput>()
  const blockstore = {
    put: async (cid: CID, bytes: Uint8Array, o?: AbortOptions) => {
      await sink({ cid: CID.decode(cid.bytes), bytes }, o)
      return cid
    }
  }
  const onProgress = options.progress
    ? (evt: { type: string, detail: any }) => {
        if (evt.type === 'unixfs:importer:progress:file:read') out.push({ name: evt.detail.path ?? '', bytes: Number(evt.detail.bytesRead) })
      }
    : undefined
  const task = (async () => {
    for await (const entry of importer(candidates(entries, opts.signal), blockstore as any, { ...settings, onProgress })) {
      out.push({ name: entry.path ?? '', cid: CID.decode(entry.cid.bytes), size: entry.size })
    }
  })()
  task.then(() => { out.close() }, err => { out.close(err) })
  yield * out
}

async function * candidates (entries: AsyncIterable<AddEntry>, signal?: AbortSignal): AsyncGenerator<ImportCandidate> {
  for await (const entry of entries) {
    signal?.throwIfAborted()
    if (entry.kind === 'symlink') throw new UnsupportedOperationError(`${entry.path}: symlinks are not supported by the cluster adder`)
    yield entry.kind === 'directory' ? { path: entry.path } : { path: entry.path, content: entry.content ?? empty() }
  }
}

async function * empty (): AsyncGenerator<Uint8Array> {}
