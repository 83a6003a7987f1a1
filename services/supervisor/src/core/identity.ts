/** This peer's identity and the peerset's (cluster-behaviour.md §8 `Peers()`, rest-api.md §7.1). */
import type { ID__Output, IpfsId__Output } from '@ipfscluster/proto'
import { RPC_PROTOCOL } from '@ipfscluster/proto'
import { VERSION } from '../version.js'
import { consensusPeers } from './allocation-source.js'
import { completionOrder } from './completion-order.js'
import { IDEMPOTENT, type CoreContext } from './context.js'

const errorText = (err: unknown): string => err instanceof Error ? err.message : String(err)

async function ipfsIdentity (ctx: CoreContext): Promise<IpfsId__Output> {
  try {
    const res = await ctx.clients.connector.ID({}, { ...IDEMPOTENT, timeout: ctx.settings.peerTimeout })
    return res.id ?? { id: '', addresses: [], error: '' }
  } catch (err) {
    return { id: '', addresses: [], error: errorText(err) }
  }
}

/** This peer's `ID`: libp2p identity, consensus peerset, IPFS daemon (its failure goes into `ipfs.error`). */
export async function selfIdentity (ctx: CoreContext): Promise<ID__Output> {
  const [host, known, ipfs, members] = await Promise.all([
    ctx.clients.peerManager.ID({}, IDEMPOTENT),
    ctx.clients.peerManager.Peers({}, IDEMPOTENT),
    ipfsIdentity(ctx),
    consensusPeers(ctx).catch(() => [] as string[])
  ])
  const others = new Set(members.filter(p => p !== host.peer_id))
  return {
    id: host.peer_id,
    addresses: host.addresses,
    cluster_peers: members,
    cluster_peers_addresses: known.peers.filter(p => others.has(p.peer_id)).flatMap(p => p.addresses),
    version: VERSION,
    commit: '',
    rpc_protocol_version: RPC_PROTOCOL,
    error: '',
    ipfs,
    peername: ctx.settings.peername
  }
}

/** An `ID` that only says why the peer could not be asked. */
export function unreachableIdentity (id: string, err: unknown): ID__Output {
  return { id, addresses: [], cluster_peers: [], cluster_peers_addresses: [], version: '', commit: '', rpc_protocol_version: '', error: errorText(err), ipfs: null, peername: '' }
}

/** The `ID` of one peer: this one locally, others through the relay. */
export async function peerIdentity (ctx: CoreContext, peer: string, signal?: AbortSignal): Promise<ID__Output> {
  if (peer === ctx.settings.self) return selfIdentity(ctx)
  const res = await ctx.peers.unary<{ id: ID__Output | null }>(peer, '/ipfscluster.cluster.v1.Cluster/ID', {}, { timeout: ctx.settings.peerTimeout, signal })
  if (res.id == null) throw new Error(`peer ${peer} answered without an ID`)
  return res.id
}

/** `ID` of every consensus peer, asked in parallel, yielded as they answer; failures become `{id, error}`. */
export async function * peerIdentities (ctx: CoreContext, signal?: AbortSignal): AsyncGenerator<ID__Output> {
  const members = await consensusPeers(ctx)
  yield * completionOrder(members.map(async p => peerIdentity(ctx, p, signal).catch(err => unreachableIdentity(p, err))))
}
