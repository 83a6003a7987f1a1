/**
 * The `Cluster` gRPC service on supervisor.sock (cluster.proto): the IPFS
 * proxy and, through the relay, other peers call the core here. Adapters only.
 */
import { implement, InvalidParametersError, type HostedService } from '@ipfscluster/chassis'
import { listedPins, loadProtos, type ClusterHandlers, type PinOptions__Output, type RepoStat__Output } from '@ipfscluster/proto'
import { CID } from 'multiformats/cid'
import { VERSION } from '../version.js'
import { blockAllocate, consensusPeers } from './allocation-source.js'
import { IDEMPOTENT, type CoreContext } from './context.js'
import { peerIdentities, selfIdentity } from './identity.js'
import { join } from './join.js'
import { peerAdd, peerRemove } from './membership.js'
import { pinCid, resolvePath, storedPin, unpinCid } from './pin-flow.js'
import { allStatus, cidStatus } from './status.js'

const { Cluster } = loadProtos().ipfscluster.cluster.v1

const NO_OPTIONS: PinOptions__Output = {
  replication_factor_min: 0, replication_factor_max: 0, name: '', mode: 'PIN_MODE_RECURSIVE', shard_size: '0',
  user_allocations: [], expire_at: '0', metadata: {}, pin_update: Buffer.alloc(0), origins: []
}

function cidOf (bytes: Uint8Array): CID {
  try {
    return CID.decode(bytes)
  } catch (err) {
    throw new InvalidParametersError(`error decoding Cid: ${(err as Error).message}`)
  }
}

/** IPFS repo usage summed over the peers that answer (the proxy's `repo/stat`). */
async function repoStat (ctx: CoreContext, signal?: AbortSignal): Promise<{ repo_stat: RepoStat__Output, peers: number }> {
  const peers = await consensusPeers(ctx)
  const stats = await Promise.all(peers.map(async p => {
    try {
      const res = p === ctx.settings.self
        ? await ctx.clients.connector.RepoStat({}, IDEMPOTENT)
        : await ctx.peers.unary<{ repo_stat: RepoStat__Output | null }>(p, '/ipfscluster.ipfsconnector.v1.IPFSConnector/RepoStat', {}, { timeout: ctx.settings.peerTimeout, signal })
      return res.repo_stat ?? undefined
    } catch (err) {
      ctx.log.warn('repo stat of a peer failed', { peer: p, err: (err as Error).message })
      return undefined
    }
  }))
  const ok = stats.filter((s): s is RepoStat__Output => s !== undefined)
  const sum = (key: keyof RepoStat__Output): string => ok.reduce((n, s) => n + BigInt(s[key]), 0n).toString()
  return { repo_stat: { repo_size: sum('repo_size'), storage_max: sum('storage_max'), freespace: sum('freespace') }, peers: ok.length }
}

/** The `Cluster` service over the core. */
export function clusterService (ctx: CoreContext): HostedService {
  const t = ctx.tracker
  const implementation = implement<ClusterHandlers>(Cluster.service, {
    ID: async () => ({ id: await selfIdentity(ctx) }),
    Version: async () => ({ version: VERSION }),
    PeerAdd: async (req, { signal }) => ({ id: await peerAdd(ctx, { address: req.address, peerId: req.peer_id }, signal) }),
    Peers: async function * (_req, { signal }) { for await (const id of peerIdentities(ctx, signal)) yield { id } },
    PeerRemove: async (req, { signal }) => { await peerRemove(ctx, req.peer_id, signal); return {} },
    Join: async (req, { signal }) => { await join(ctx, [req.address], signal); return {} },
    Pin: async req => ({ pin: await pinCid(ctx, cidOf(req.cid), req.options ?? NO_OPTIONS) }),
    Unpin: async req => ({ pin: await unpinCid(ctx, cidOf(req.cid)) }),
    PinPath: async req => ({ pin: await pinCid(ctx, await resolvePath(ctx, req.path), req.options ?? NO_OPTIONS) }),
    UnpinPath: async req => ({ pin: await unpinCid(ctx, await resolvePath(ctx, req.path)) }),
    Pins: async function * (req, { signal }) {
      for await (const pin of listedPins(ctx.clients.consensus.List({ linearizable: false, types: req.types }, { signal }))) yield { pin }
    },
    PinGet: async req => ({ pin: await storedPin(ctx, req.cid) }),
    Status: async (req, { signal }) => ({ info: await cidStatus(ctx, 'status', cidOf(req.cid), false, signal) }),
    StatusAll: async function * (req, { signal }) { for await (const info of allStatus(ctx, 'status', new Set(req.filter), false, signal)) yield { info } },
    StatusLocal: async req => ({ info: await t.status(cidOf(req.cid).bytes) }),
    StatusAllLocal: async function * (req) { for await (const info of t.statusAll(req.filter)) yield { info } },
    SyncLocal: async req => ({ info: await t.syncLocal(cidOf(req.cid).bytes) }),
    SyncAllLocal: async function * () { for (const info of await t.syncAllLocal()) yield { info } },
    StateSync: async () => { await t.stateSync(); return {} },
    Recover: async (req, { signal }) => ({ info: await cidStatus(ctx, 'recover', cidOf(req.cid), false, signal) }),
    RecoverAll: async function * (_req, { signal }) { for await (const info of allStatus(ctx, 'recover', new Set(), false, signal)) yield { info } },
    RecoverLocal: async req => ({ info: await t.recover(cidOf(req.cid).bytes) }),
    RecoverAllLocal: async function * () { for await (const info of t.recoverAll()) yield { info } },
    BlockAllocate: async req => ({ allocations: (await blockAllocate(ctx, req.options ?? NO_OPTIONS)).allocations }),
    SendInformerMetrics: async () => { await ctx.publishMetrics(); return {} },
    Alerts: async (_req, { signal }) => {
      const alerts = []
      for await (const item of ctx.clients.monitor.Alerts({ follow: false }, { signal })) if (item.alert != null) alerts.push(item.alert)
      return { alerts }
    },
    RepoStat: async (_req, { signal }) => repoStat(ctx, signal)
  })
  return { name: 'ipfscluster.cluster.v1.Cluster', definition: Cluster.service, implementation }
}
