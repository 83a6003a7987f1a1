/**
 * `IpfsConnector` over gRPC: what the supervisor (and other peers, through
 * the relay) use. Same interface as the local implementations, same error
 * classes (rebuilt by the chassis from the status).
 */
import { connect, type CallOptions, type PromiseClient } from '@ipfscluster/chassis'
import { loadProtos, type IPFSConnectorClient } from '@ipfscluster/proto'
import { CID } from 'multiformats/cid'
import type { AddOptions } from '../adder/add-options.js'
import type { AddEntry, AddOutput } from '../adder/adder.js'
import type { AbortOptions, Block, IpfsConnector, IpfsIdentity, IpfsPinType, IpfsVersion, PinEvent, PinnedCid, PinTarget, RepoStat } from '../connector.js'
import { pinTypeFromProto, pinTypeToProto, repoStatFromProto } from './convert.js'

/** Largest `data` chunk sent per AddRequest. */
const CHUNK = 256 * 1024

/** The connector service of a process, over its Unix socket. */
export interface IpfsConnectorClient extends IpfsConnector {
  /**
   * Adds `entries` through the cluster adder of that process; `allocations`
   * are reported on the outputs. Yields outputs as produced.
   */
  add: (entries: AsyncIterable<AddEntry> | Iterable<AddEntry>, options: AddOptions, allocations?: string[], opts?: AbortOptions) => AsyncIterable<AddOutput>
  close: () => void
}

const FORMATS = { unixfs: 'ADD_FORMAT_UNIXFS', car: 'ADD_FORMAT_CAR' } as const
const LAYOUTS = { balanced: 'ADD_LAYOUT_BALANCED', trickle: 'ADD_LAYOUT_TRICKLE' } as const
const KINDS = { file: 'ADD_ENTRY_KIND_FILE', directory: 'ADD_ENTRY_KIND_DIRECTORY', symlink: 'ADD_ENTRY_KIND_SYMLINK' } as const

/** Connects to the ipfs-connector process serving on `socketPath`. */
export function createIpfsConnectorClient (socketPath: string): IpfsConnectorClient {
  const rpc: PromiseClient<IPFSConnectorClient> = connect(loadProtos().ipfscluster.ipfsconnector.v1.IPFSConnector, socketPath, 'ipfs-connector')
  const call = (o: AbortOptions = {}, idempotent = true): CallOptions => ({ signal: o.signal, idempotent })
  const long = (o: AbortOptions = {}): CallOptions => ({ signal: o.signal, timeout: Infinity, idempotent: true })
  return {
    close: () => { rpc.close() },
    id: async (o): Promise<IpfsIdentity> => {
      const res = await rpc.ID({}, call(o))
      return { id: res.id?.id ?? '', addresses: res.id?.addresses ?? [], agentVersion: res.agent_version, publicKey: res.public_key }
    },
    version: async (o): Promise<IpfsVersion> => rpc.Version({}, call(o)),
    pin: async function * (target: PinTarget, o?: AbortOptions): AsyncGenerator<PinEvent> {
      const pin = { cid: target.cid.bytes, max_depth: target.maxDepth, origins: target.origins ?? [], pin_update: target.pinUpdate?.bytes ?? new Uint8Array() }
      for await (const res of rpc.Pin({ pin }, { signal: o?.signal })) {
        if (res.progress != null) yield { type: 'progress', blocks: Number(res.progress.blocks) }
        else if (res.done != null) yield { type: 'done', alreadyPinned: res.done.already_pinned }
      }
    },
    unpin: async (cid, o) => (await rpc.Unpin({ cid: cid.bytes }, long(o))).was_pinned,
    pinUpdate: async (from, to, o) => { await rpc.PinUpdate({ from: from.bytes, to: to.bytes }, long(o)) },
    pinLsCid: async (cid, mode, o): Promise<IpfsPinType> => {
      const res = await rpc.PinLsCid({ cid: cid.bytes, mode: mode === 'direct' ? 'PIN_MODE_DIRECT' : 'PIN_MODE_RECURSIVE' }, call(o))
      return pinTypeFromProto(res.type) ?? 'unpinned'
    },
    pinLs: async function * (types, o): AsyncGenerator<PinnedCid> {
      for await (const res of rpc.PinLs({ types: types.map(pinTypeToProto) }, { signal: o?.signal })) {
        yield { cid: CID.decode(res.cid), type: pinTypeFromProto(res.type) as PinnedCid['type'] }
      }
    },
    repoStat: async (o): Promise<RepoStat> => repoStatFromProto((await rpc.RepoStat({}, call(o))).repo_stat),
    connectSwarms: async (addresses, o) => (await rpc.ConnectSwarms({ addresses }, call(o))).connected,
    swarmPeers: async (o) => (await rpc.SwarmPeers({}, call(o))).peers,
    configKey: async (path, o) => JSON.parse((await rpc.ConfigKey({ path }, call(o))).value_json),
    resolve: async (path, o) => CID.decode((await rpc.Resolve({ path }, call(o))).cid),
    blockPut: async (block: Block, o) => Number((await rpc.BlockPut({ block: { cid: block.cid.bytes, data: block.bytes } }, call(o))).size),
    blockGet: async (cid, o) => (await rpc.BlockGet({ cid: cid.bytes }, long(o))).data,
    add: async function * (entries, options, allocations = [], o): AsyncGenerator<AddOutput> {
      const params = {
        format: FORMATS[options.format],
        layout: LAYOUTS[options.layout],
        chunker: options.chunker,
        hash: options.hash,
        cid_version: options.cidVersion,
        ...(options.rawLeaves === undefined ? {} : { raw_leaves: options.rawLeaves }),
        wrap_with_directory: options.wrapWithDirectory,
        progress: options.progress,
        allocations
      }
      const requests = (async function * () {
        yield { params }
        for await (const entry of entries) {
          yield { entry: { path: entry.path, kind: KINDS[entry.kind] } }
          for await (const chunk of entry.content ?? []) {
            for (let at = 0; at < chunk.byteLength; at += CHUNK) yield { data: chunk.subarray(at, at + CHUNK) }
          }
        }
      })()
      for await (const res of rpc.Add(requests, { signal: o?.signal })) {
        const out = res.output
        if (out == null) continue
        yield {
          name: out.name,
          cid: out.cid.byteLength > 0 ? CID.decode(out.cid) : undefined,
          bytes: Number(out.bytes) > 0 ? Number(out.bytes) : undefined,
          size: BigInt(out.size) > 0n ? BigInt(out.size) : undefined
        }
      }
    }
  }
}
