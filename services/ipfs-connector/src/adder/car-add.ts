/**
 * `format=car` adds (rest-api.md §5.3): the single entry is a CAR v1 with one
 * root; its blocks are checked against their CIDs and stored as they stream
 * in; one output names the root.
 */
import { InvalidParametersError } from '@ipfscluster/chassis'
import { CarBlockIterator } from '@ipld/car/iterator'
import * as dagPb from '@ipld/dag-pb'
import { CID } from 'multiformats/cid'
import type { AbortOptions } from '../connector.js'
import { matchesCid } from '../cids.js'
import type { AddOptions } from './add-options.js'
import type { AddEntry, AddOutput, BlockSink } from './adder.js'

/** Cumulative size of a DAG from its root block: raw = its length; dag-pb = its length + Σ link Tsize. */
export function dagSize (cid: CID, block: Uint8Array): bigint | undefined {
  if (cid.code === 0x55) return BigInt(block.byteLength)
  if (cid.code !== dagPb.code) return undefined
  const node = dagPb.decode(block)
  return node.Links.reduce((sum, link) => sum + BigInt(link.Tsize ?? 0), BigInt(block.byteLength))
}

/** Stores the blocks of the one CAR in `entries`. */
export async function * addCar (entries: AsyncIterable<AddEntry>, options: AddOptions, sink: BlockSink, opts: AbortOptions): AsyncGenerator<AddOutput> {
  if (options.wrapWithDirectory) throw new InvalidParametersError('cannot wrap a CAR file upload')
  let seen = false
  for await (const entry of entries) {
    if (seen) throw new InvalidParametersError('only one CAR file can be added at a time')
    seen = true
    const reader = await CarBlockIterator.fromIterable(toAsync(entry.content ?? []))
    const roots = await reader.getRoots()
    if (roots.length !== 1) throw new InvalidParametersError('only CAR files with a single root are supported')
    const root = CID.decode(roots[0].bytes)
    let total = 0
    let size: bigint | undefined
    for await (const block of reader) {
      const cid = CID.decode(block.cid.bytes)
      if (await matchesCid(cid, block.bytes) === false) throw new InvalidParametersError(`CAR block ${cid.toString()} does not match its CID`)
      await sink({ cid, bytes: block.bytes }, opts)
      total += block.bytes.byteLength
      if (cid.equals(root)) size = dagSize(cid, block.bytes)
    }
    yield { name: entry.path, cid: root, bytes: total, size }
  }
}

async function * toAsync<T> (items: AsyncIterable<T> | Iterable<T>): AsyncGenerator<T> {
  yield * items
}
