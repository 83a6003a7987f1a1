/**
 * The cluster core as the REST API calls it: each {@link ClusterApi}
 * method is one of the core's operations, its answer converted to the REST
 * domain types.
 */
import { listedPins } from '@ipfscluster/proto'
import type { CID } from 'multiformats/cid'
import type {
  AddedOutput, AddParams, AddPart, Alert, CallOptions, ClusterApi, GlobalPinInfo, Metric, PeerAddRequest, PeerIdentity,
  Pin, PinOptions, PinTypeFilter, StatusFilter, UnreachablePeer
} from '../api/rest/cluster-api.js'
import { VERSION } from '../version.js'
import { addContent } from './add.js'
import { latestMetrics } from './allocation-source.js'
import { IDEMPOTENT, type CoreContext } from './context.js'
import { peerIdentities, selfIdentity } from './identity.js'
import { peerAdd, peerRemove } from './membership.js'
import { pinCid, resolvePath, storedPin, unpinCid } from './pin-flow.js'
import { toProtoOptions, toRestAlert, toRestGlobal, toRestIdentity, toRestMetric, toRestPin } from './rest-convert.js'
import { allStatus, cidStatus } from './status.js'
import { completionOrder } from './completion-order.js'

/** The {@link ClusterApi} of this peer. */
export class ClusterCore implements ClusterApi {
  readonly version = VERSION

  constructor (private readonly ctx: CoreContext) {}

  async id (): Promise<PeerIdentity> {
    return toRestIdentity(await selfIdentity(this.ctx))
  }

  async * peers (options: CallOptions = {}): AsyncGenerator<PeerIdentity | UnreachablePeer> {
    for await (const id of peerIdentities(this.ctx, options.signal)) {
      yield id.error !== '' && id.version === '' ? { id: id.id, error: id.error } : toRestIdentity(id)
    }
  }

  async peerAdd (request: PeerAddRequest, options: CallOptions = {}): Promise<PeerIdentity> {
    const req = 'peerId' in request ? { peerId: request.peerId } : { address: request.multiaddr }
    return toRestIdentity(await peerAdd(this.ctx, req, options.signal))
  }

  async peerRemove (peerId: string, options: CallOptions = {}): Promise<void> {
    await peerRemove(this.ctx, peerId, options.signal)
  }

  async pin (cid: CID, options: PinOptions): Promise<Pin> {
    return toRestPin(await pinCid(this.ctx, cid, toProtoOptions(options)), options)
  }

  async pinPath (path: string, options: PinOptions): Promise<Pin> {
    return this.pin(await resolvePath(this.ctx, path), options)
  }

  async unpin (cid: CID): Promise<Pin> {
    return toRestPin(await unpinCid(this.ctx, cid))
  }

  async unpinPath (path: string): Promise<Pin> {
    return this.unpin(await resolvePath(this.ctx, path))
  }

  async * allocations (filter: PinTypeFilter, options: CallOptions = {}): AsyncGenerator<Pin> {
    for await (const pin of listedPins(this.ctx.clients.consensus.List({ linearizable: false, types: [...filter] }, { signal: options.signal }))) yield toRestPin(pin)
  }

  async allocation (cid: CID): Promise<Pin> {
    return toRestPin(await storedPin(this.ctx, cid.bytes))
  }

  async status (cid: CID, local: boolean, options: CallOptions = {}): Promise<GlobalPinInfo> {
    return toRestGlobal(await cidStatus(this.ctx, 'status', cid, local, options.signal))
  }

  async * statusAll (filter: StatusFilter, local: boolean, options: CallOptions = {}): AsyncGenerator<GlobalPinInfo> {
    for await (const g of allStatus(this.ctx, 'status', filter, local, options.signal)) yield toRestGlobal(g)
  }

  statusCids (cids: CID[], local: boolean, options: CallOptions = {}): AsyncIterable<GlobalPinInfo> {
    return completionOrder(cids.map(async cid => this.status(cid, local, options)))
  }

  async recover (cid: CID, local: boolean, options: CallOptions = {}): Promise<GlobalPinInfo> {
    return toRestGlobal(await cidStatus(this.ctx, 'recover', cid, local, options.signal))
  }

  async * recoverAll (local: boolean, options: CallOptions = {}): AsyncGenerator<GlobalPinInfo> {
    for await (const g of allStatus(this.ctx, 'recover', new Set(), local, options.signal)) yield toRestGlobal(g)
  }

  async metricNames (): Promise<string[]> {
    return (await this.ctx.clients.monitor.MetricNames({}, IDEMPOTENT)).names
  }

  async metrics (name: string): Promise<Metric[]> {
    return (await latestMetrics(this.ctx, name)).map(toRestMetric)
  }

  async alerts (options: CallOptions = {}): Promise<Alert[]> {
    const out: Alert[] = []
    for await (const item of this.ctx.clients.monitor.Alerts({ follow: false }, { signal: options.signal })) {
      const alert = item.alert == null ? undefined : toRestAlert(item.alert)
      if (alert !== undefined) out.push(alert)
    }
    return out
  }

  add (params: AddParams, parts: AsyncIterable<AddPart>, options: CallOptions = {}): AsyncIterable<AddedOutput> {
    return addContent(this.ctx, params, parts, options)
  }
}
