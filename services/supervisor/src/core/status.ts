/**
 * Global status and recover (cluster-behaviour.md §7.4, §8): each peer's
 * local view, asked in parallel (this peer directly, others through the
 * relay), merged per CID. A peer that cannot be asked within the per-peer
 * timeout contributes `cluster_error` with the reason instead of failing
 * the whole call.
 */
import { listedPins, type GlobalPinInfo__Output, type Pin__Output, type PinInfo__Output, type TrackerStatus__Output } from '@ipfscluster/proto'
import type { CID } from 'multiformats/cid'
import { consensusPeers } from './allocation-source.js'
import { IDEMPOTENT, type CoreContext } from './context.js'
import { existingPin } from './pin-flow.js'
import { pingInfos, type PingInfo } from './ping-info.js'

const TRACKER = '/ipfscluster.cluster.v1.PinTracker'
const CLUSTER = '/ipfscluster.cluster.v1.Cluster'

/** Which operation each peer runs for one CID or for all. */
export type Operation = 'status' | 'recover'

type PeerMap = Map<string, PinInfo__Output>

const keyOf = (cid: Uint8Array): string => Buffer.from(cid).toString('hex')
const errorText = (err: unknown): string => err instanceof Error ? err.message : String(err)

async function pings (ctx: CoreContext): Promise<Map<string, PingInfo>> {
  try {
    return pingInfos((await ctx.clients.monitor.LatestMetrics({ name: 'ping' }, IDEMPOTENT)).metrics)
  } catch {
    return new Map()
  }
}

/** Fills what a peer's tracker may not know (its name, its IPFS daemon) from its ping. */
function completed (ctx: CoreContext, info: PinInfo__Output, peer: string, ping: Map<string, PingInfo>): PinInfo__Output {
  const p = ping.get(peer)
  return {
    ...info,
    peer,
    peername: info.peername !== '' ? info.peername : peer === ctx.settings.self ? ctx.settings.peername : p?.peername ?? '',
    ipfs_peer_id: info.ipfs_peer_id !== '' ? info.ipfs_peer_id : p?.ipfsPeerId ?? '',
    ipfs_peer_addresses: info.ipfs_peer_addresses.length > 0 ? info.ipfs_peer_addresses : p?.ipfsAddresses ?? []
  }
}

function clusterError (cid: Uint8Array, peer: string, err: unknown): PinInfo__Output {
  return {
    cid: Buffer.from(cid), peer, peername: '', ipfs_peer_id: '', ipfs_peer_addresses: [], status: 'TRACKER_STATUS_CLUSTER_ERROR',
    timestamp: String(Date.now()), error: errorText(err), attempt_count: 0, priority_pin: false
  }
}

/** The merged view of one CID; `pin` undefined when it is not in the pinset. */
function globalInfo (cid: Uint8Array, pin: Pin__Output | undefined, peerMap: PeerMap): GlobalPinInfo__Output {
  return {
    cid: Buffer.from(cid),
    name: pin?.name ?? '',
    allocations: pin?.allocations ?? [],
    origins: pin?.origins ?? [],
    created: pin?.timestamp ?? '0',
    metadata: pin?.metadata ?? {},
    peer_map: Object.fromEntries(peerMap)
  }
}

async function onePeer (ctx: CoreContext, op: Operation, peer: string, cid: CID, signal?: AbortSignal): Promise<PinInfo__Output> {
  if (peer === ctx.settings.self) return op === 'status' ? await ctx.tracker.status(cid.bytes) : await ctx.tracker.recover(cid.bytes)
  const path = op === 'status' ? `${TRACKER}/Status` : `${CLUSTER}/RecoverLocal`
  const res = await ctx.peers.unary<{ info: PinInfo__Output | null }>(peer, path, { cid: cid.bytes }, { timeout: ctx.settings.peerTimeout, signal })
  if (res.info == null) throw new Error(`peer ${peer} answered without a status`)
  return res.info
}

/** Status (or recover) of one CID on every peer, or on this one only when `local`. */
export async function cidStatus (ctx: CoreContext, op: Operation, cid: CID, local: boolean, signal?: AbortSignal): Promise<GlobalPinInfo__Output> {
  const peers = local ? [ctx.settings.self] : await consensusPeers(ctx)
  const [pin, ping, infos] = await Promise.all([
    existingPin(ctx, cid.bytes),
    pings(ctx),
    Promise.all(peers.map(async p => onePeer(ctx, op, p, cid, signal).catch(err => clusterError(cid.bytes, p, err))))
  ])
  return globalInfo(cid.bytes, pin, new Map(peers.map((p, i) => [p, completed(ctx, infos[i], p, ping)])))
}

async function * peerItems (ctx: CoreContext, op: Operation, peer: string, signal?: AbortSignal): AsyncIterable<PinInfo__Output> {
  if (peer === ctx.settings.self) {
    yield * (op === 'status' ? ctx.tracker.statusAll() : ctx.tracker.recoverAll())
    return
  }
  const path = op === 'status' ? `${TRACKER}/StatusAll` : `${CLUSTER}/RecoverAllLocal`
  for await (const res of ctx.peers.stream<{ info: PinInfo__Output | null }>(peer, path, {}, { timeout: ctx.settings.peerTimeout, signal })) {
    if (res.info != null) yield res.info
  }
}

/** The shared pinset by CID key, in state order. */
async function pinset (ctx: CoreContext): Promise<Map<string, Pin__Output>> {
  const pins = new Map<string, Pin__Output>()
  for await (const pin of listedPins(ctx.clients.consensus.List({ linearizable: false, types: [] }))) pins.set(keyOf(pin.cid), pin)
  return pins
}

/**
 * Status (or recover) of every pin: each peer's items merged per CID, in
 * pinset order, then items only trackers know (operations in flight).
 * `filter` keeps matching peers only; items left with none are skipped.
 */
export async function * allStatus (ctx: CoreContext, op: Operation, filter: ReadonlySet<TrackerStatus__Output>, local: boolean, signal?: AbortSignal): AsyncGenerator<GlobalPinInfo__Output> {
  const peers = local ? [ctx.settings.self] : await consensusPeers(ctx)
  const [pins, ping] = await Promise.all([pinset(ctx), pings(ctx)])
  const byCid = new Map<string, PeerMap>()
  const cidOf = new Map<string, Uint8Array>()
  const add = (peer: string, info: PinInfo__Output): void => {
    const key = keyOf(info.cid)
    let map = byCid.get(key)
    if (map === undefined) byCid.set(key, map = new Map())
    cidOf.set(key, info.cid)
    map.set(peer, completed(ctx, info, peer, ping))
  }
  await Promise.all(peers.map(async peer => {
    try {
      for await (const info of peerItems(ctx, op, peer, signal)) add(peer, info)
    } catch (err) {
      for (const pin of pins.values()) add(peer, clusterError(pin.cid, peer, err))
    }
  }))
  const keys = [...pins.keys(), ...[...byCid.keys()].filter(k => !pins.has(k))]
  for (const key of keys) {
    const pin = pins.get(key)
    const all = byCid.get(key) ?? new Map()
    const kept = filter.size === 0 ? all : new Map([...all].filter(([, info]) => filter.has(info.status)))
    if (kept.size === 0 && (filter.size > 0 || pin === undefined)) continue
    yield globalInfo(pin?.cid ?? cidOf.get(key) ?? new Uint8Array(), pin, ordered(kept, peers))
  }
}

/** Peer map entries in peerset order. */
function ordered (map: PeerMap, peers: readonly string[]): PeerMap {
  return new Map(peers.filter(p => map.has(p)).map(p => [p, map.get(p) as PinInfo__Output]))
}

