/**
 * `POST /add` (rest-api.md §5.3): allocation first, then the connector
 * imports the parts and sends the blocks to every allocated peer's IPFS as
 * they are produced, then the root is cluster-pinned with those allocations.
 */
import type { MessageInput } from '@ipfscluster/proto'
import { CID } from 'multiformats/cid'
import type { AddedOutput, AddParams, AddPart, CallOptions } from '../api/rest/cluster-api.js'
import { blockAllocate } from './allocation-source.js'
import type { CoreContext } from './context.js'
import { pinCid } from './pin-flow.js'
import { toProtoOptions } from './rest-convert.js'

// the connector takes content chunks of at most 1 MiB
const MAX_CHUNK = 1024 * 1024

type AddRequest = MessageInput<'ipfscluster.ipfsconnector.v1.AddRequest'>
type ConnectorAddParams = MessageInput<'ipfscluster.ipfsconnector.v1.AddParams'>

function connectorParams (p: AddParams, allocations: string[]): ConnectorAddParams {
  return {
    format: p.format === 'car' ? 'ADD_FORMAT_CAR' : 'ADD_FORMAT_UNIXFS',
    layout: p.layout === 'trickle' ? 'ADD_LAYOUT_TRICKLE' : 'ADD_LAYOUT_BALANCED',
    chunker: p.chunker,
    hash: p.hash,
    cid_version: p.cidVersion,
    raw_leaves: p.rawLeaves,
    wrap_with_directory: p.wrapWithDirectory,
    progress: p.progress,
    allocations
  }
}

const KIND = { file: 'ADD_ENTRY_KIND_FILE', directory: 'ADD_ENTRY_KIND_DIRECTORY', symlink: 'ADD_ENTRY_KIND_SYMLINK' } as const

async function * requests (params: ConnectorAddParams, parts: AsyncIterable<AddPart>): AsyncGenerator<AddRequest> {
  yield { params }
  for await (const part of parts) {
    yield { entry: { path: part.path, kind: KIND[part.kind] } }
    for await (const chunk of part.content) {
      for (let at = 0; at < chunk.length; at += MAX_CHUNK) yield { data: chunk.subarray(at, at + MAX_CHUNK) }
    }
  }
}

/** Imports the parts, yields the outputs as produced, then pins the root (unless `noPin`). */
export async function * addContent (ctx: CoreContext, params: AddParams, parts: AsyncIterable<AddPart>, options: CallOptions = {}): AsyncGenerator<AddedOutput> {
  const options_ = toProtoOptions(params)
  const target = await blockAllocate(ctx, options_)
  const blocksTo = params.local ? [] : target.allocations
  let root: CID | undefined
  for await (const res of ctx.clients.connector.Add(requests(connectorParams(params, blocksTo), parts), { signal: options.signal })) {
    const out = res.output
    if (out == null) continue
    const cid = out.cid.length === 0 ? undefined : CID.decode(out.cid)
    if (cid !== undefined) root = cid
    yield {
      name: out.name,
      cid,
      bytes: Number(out.bytes),
      size: Number(out.size),
      allocations: cid === undefined ? undefined : out.allocations.length > 0 ? out.allocations : target.allocations
    }
  }
  if (root === undefined || params.noPin) return
  await pinCid(ctx, root, options_, { allocations: target.everywhere ? undefined : target.allocations })
}
