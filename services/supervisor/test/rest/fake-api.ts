/** An in-memory ClusterApi for the HTTP-layer tests: canned answers, recorded calls. */
import { NotFoundError } from '@ipfscluster/chassis'
import { CID } from 'multiformats/cid'
import type {
  AddedOutput, AddParams, AddPart, Alert, ClusterApi, GlobalPinInfo, Metric, PeerAddRequest, PeerIdentity, Pin, PinOptions, PinTypeFilter, StatusFilter, UnreachablePeer
} from '../../src/api/rest/cluster-api.js'

export const PEER = '12D3KooWSADEujDxmmT5tGgaMH1W2LJrhc1w72HpaFjci9fE5SMV'
export const PEER2 = '12D3KooWLfSrMxub1znHpfEB6e12ptYj4NA947F822NTQqPUkxx4'
export const CID1 = CID.parse('bafkreibme22gw2h7y2h7tg2fhqotaqjucnbc24deqo72b6mkl2egezxhvy')
export const CID2 = CID.parse('QmcJw6x4bQr7oFnVnF6i8SLcJvhXjaxWvj54FYXmZ4Ct6p')
/** 2024-05-01T10:00:00.123Z */
export const T1 = Date.UTC(2024, 4, 1, 10, 0, 0, 123)

export const identity: PeerIdentity = {
  id: PEER,
  addresses: [`/ip4/127.0.0.1/tcp/9096/p2p/${PEER}`],
  clusterPeers: [PEER],
  clusterPeersAddresses: [],
  version: '0.1.0',
  commit: '',
  rpcProtocolVersion: '/ipfscluster/ts-1.0/rpc',
  error: '',
  ipfs: { id: PEER2, addresses: [`/ip4/127.0.0.1/tcp/4001/p2p/${PEER2}`], error: '' },
  peername: 'my-peer'
}

export function pinOf (cid: CID, options: PinOptions): Pin {
  return { ...options, cid, type: 'PIN_TYPE_PIN', allocations: [], maxDepth: options.mode === 'PIN_MODE_DIRECT' ? 0 : -1, timestamp: T1 }
}

export const emptyOptions: PinOptions = {
  replicationFactorMin: -1, replicationFactorMax: -1, name: '', mode: 'PIN_MODE_RECURSIVE', shardSize: 0n,
  userAllocations: null, expireAt: 0, metadata: {}, origins: null
}

export function statusOf (cid: CID): GlobalPinInfo {
  return {
    cid, name: 'check', allocations: [], origins: [], created: Date.UTC(2024, 4, 1, 10), metadata: { kind: 'text' },
    peerMap: new Map([[PEER, {
      peername: 'my-peer', ipfsPeerId: PEER2, ipfsPeerAddresses: ['/ip4/127.0.0.1/tcp/4001'], status: 'TRACKER_STATUS_PINNED',
      timestamp: Date.UTC(2024, 4, 1, 10), error: '', attemptCount: 0, priorityPin: false
    }]])
  }
}

export const metric: Metric = {
  name: 'freespace', peer: PEER, value: '1000', expire: 1714557630123456789n, valid: true, weight: 1000n, partitionable: false, receivedAt: 1714557600987654321n
}

/** A stream of `items`, failing with `error` after them when given. */
export async function * itemsThen<T> (items: T[], error?: Error): AsyncIterable<T> {
  for (const item of items) yield item
  if (error !== undefined) throw error
}

/** Every method answers from the public fields; tests replace what they need. */
export class FakeApi implements ClusterApi {
  version = '0.1.0'
  calls: Array<{ method: string, args: unknown[] }> = []
  peerList: Array<PeerIdentity | UnreachablePeer> = [identity]
  pins = new Map<string, Pin>()
  streamError?: Error
  statusItems: GlobalPinInfo[] = [statusOf(CID1)]
  alertList: Alert[] = []
  lastAddParts: Array<{ path: string, kind: string, content: string }> = []
  addError?: Error

  private record (method: string, ...args: unknown[]): void { this.calls.push({ method, args }) }

  async id (): Promise<PeerIdentity> { return identity }
  peers (): AsyncIterable<PeerIdentity | UnreachablePeer> { return itemsThen(this.peerList, this.streamError) }
  async peerAdd (request: PeerAddRequest): Promise<PeerIdentity> { this.record('peerAdd', request); return identity }
  async peerRemove (peerId: string): Promise<void> {
    this.record('peerRemove', peerId)
    if (peerId !== PEER) throw new NotFoundError(`peer ${peerId} is not a cluster peer`)
  }

  async pin (cid: CID, options: PinOptions): Promise<Pin> {
    this.record('pin', cid, options)
    const pin = pinOf(cid, options)
    this.pins.set(cid.toString(), pin)
    return pin
  }

  async pinPath (path: string, options: PinOptions): Promise<Pin> { this.record('pinPath', path, options); return pinOf(CID1, options) }
  async unpin (cid: CID): Promise<Pin> { return this.stored(cid) }
  async unpinPath (path: string): Promise<Pin> { this.record('unpinPath', path); return this.stored(CID1) }
  allocations (filter: PinTypeFilter): AsyncIterable<Pin> { this.record('allocations', filter); return itemsThen([...this.pins.values()], this.streamError) }
  async allocation (cid: CID): Promise<Pin> { return this.stored(cid) }
  async status (cid: CID, local: boolean): Promise<GlobalPinInfo> { this.record('status', cid, local); return statusOf(cid) }
  statusAll (filter: StatusFilter, local: boolean): AsyncIterable<GlobalPinInfo> { this.record('statusAll', filter, local); return itemsThen(this.statusItems, this.streamError) }
  statusCids (cids: CID[], local: boolean): AsyncIterable<GlobalPinInfo> { this.record('statusCids', cids, local); return itemsThen(cids.map(statusOf)) }
  async recover (cid: CID, local: boolean): Promise<GlobalPinInfo> { this.record('recover', cid, local); return statusOf(cid) }
  recoverAll (local: boolean): AsyncIterable<GlobalPinInfo> { this.record('recoverAll', local); return itemsThen(this.statusItems, this.streamError) }
  async metricNames (): Promise<string[]> { return ['ping', 'freespace'] }
  async metrics (name: string): Promise<Metric[]> { return name === 'freespace' ? [metric] : [] }
  async alerts (): Promise<Alert[]> { return this.alertList }

  async * add (params: AddParams, parts: AsyncIterable<AddPart>): AsyncIterable<AddedOutput> {
    this.record('add', params)
    this.lastAddParts = []
    for await (const part of parts) {
      const chunks: Buffer[] = []
      for await (const c of part.content) chunks.push(Buffer.from(c))
      const content = Buffer.concat(chunks).toString()
      this.lastAddParts.push({ path: part.path, kind: part.kind, content })
      if (part.kind === 'file') yield { name: part.path, cid: CID1, size: content.length, allocations: [PEER] }
      if (this.addError !== undefined) throw this.addError
    }
  }

  private stored (cid: CID): Pin {
    const pin = this.pins.get(cid.toString())
    if (pin === undefined) throw new NotFoundError('pin is not part of the pinset')
    return pin
  }
}
