/**
 * Between the core's proto shapes (binary CIDs, decimal-string int64s) and
 * the REST API's domain types (CID objects, numbers and bigints).
 */
import type { Alert__Output, GlobalPinInfo__Output, ID__Output, Metric__Output, Pin__Output, PinInfo__Output, PinOptions__Output } from '@ipfscluster/proto'
import { CID } from 'multiformats/cid'
import type { Alert, GlobalPinInfo, Metric, PeerIdentity, Pin, PinInfo, PinOptions } from '../api/rest/cluster-api.js'

const EMPTY = Buffer.alloc(0)
const cidOrUndefined = (bytes: Uint8Array): CID | undefined => bytes.length === 0 ? undefined : CID.decode(bytes)

/** REST pin options as the core takes them. */
export function toProtoOptions (o: PinOptions): PinOptions__Output {
  return {
    replication_factor_min: o.replicationFactorMin,
    replication_factor_max: o.replicationFactorMax,
    name: o.name,
    mode: o.mode,
    shard_size: o.shardSize.toString(),
    user_allocations: o.userAllocations ?? [],
    expire_at: String(o.expireAt),
    metadata: o.metadata,
    pin_update: o.pinUpdate === undefined ? EMPTY : Buffer.from(o.pinUpdate.bytes),
    origins: o.origins ?? []
  }
}

/**
 * A proto pin as REST shows it. `request` is given for a pin as submitted
 * (its `user_allocations` and `origins` echo the request); without it the
 * pin is as read from the state.
 */
export function toRestPin (p: Pin__Output, request?: PinOptions): Pin {
  return {
    cid: CID.decode(p.cid),
    type: p.type,
    allocations: p.allocations,
    maxDepth: p.max_depth,
    reference: cidOrUndefined(p.reference),
    timestamp: Number(p.timestamp),
    replicationFactorMin: p.replication_factor_min,
    replicationFactorMax: p.replication_factor_max,
    name: p.name,
    mode: p.max_depth === 0 ? 'PIN_MODE_DIRECT' : 'PIN_MODE_RECURSIVE',
    shardSize: BigInt(p.shard_size),
    userAllocations: request?.userAllocations ?? null,
    expireAt: Number(p.expire_at),
    metadata: p.metadata,
    pinUpdate: cidOrUndefined(p.pin_update),
    origins: request !== undefined ? request.origins : p.origins
  }
}

export function toRestPinInfo (i: PinInfo__Output): PinInfo {
  return {
    peername: i.peername,
    ipfsPeerId: i.ipfs_peer_id === '' ? undefined : i.ipfs_peer_id,
    ipfsPeerAddresses: i.ipfs_peer_addresses,
    status: i.status,
    timestamp: Number(i.timestamp),
    error: i.error,
    attemptCount: i.attempt_count,
    priorityPin: i.priority_pin
  }
}

/** A merged status; a CID outside the pinset (created 0) has `null` allocations, origins and metadata. */
export function toRestGlobal (g: GlobalPinInfo__Output): GlobalPinInfo {
  const known = g.created !== '0'
  return {
    cid: CID.decode(g.cid),
    name: g.name,
    allocations: known ? g.allocations : null,
    origins: known ? g.origins : null,
    created: Number(g.created),
    metadata: known && Object.keys(g.metadata).length > 0 ? g.metadata : null,
    peerMap: new Map(Object.entries(g.peer_map).map(([peer, info]) => [peer, toRestPinInfo(info)]))
  }
}

export function toRestIdentity (id: ID__Output): PeerIdentity {
  return {
    id: id.id,
    addresses: id.addresses.length > 0 ? id.addresses : null,
    clusterPeers: id.cluster_peers,
    clusterPeersAddresses: id.cluster_peers_addresses,
    version: id.version,
    commit: id.commit,
    rpcProtocolVersion: id.rpc_protocol_version,
    error: id.error,
    ipfs: {
      id: id.ipfs == null || id.ipfs.id === '' ? undefined : id.ipfs.id,
      addresses: id.ipfs == null || id.ipfs.addresses.length === 0 ? null : id.ipfs.addresses,
      error: id.ipfs?.error ?? ''
    },
    peername: id.peername
  }
}

export function toRestMetric (m: Metric__Output): Metric {
  return {
    name: m.name,
    peer: m.peer,
    value: m.value,
    expire: BigInt(m.expire),
    valid: m.valid,
    weight: BigInt(m.weight),
    partitionable: m.partitionable,
    receivedAt: BigInt(m.received_at)
  }
}

export function toRestAlert (a: Alert__Output): Alert | undefined {
  return a.metric == null ? undefined : { ...toRestMetric(a.metric), triggeredAt: Number(a.triggered_at) }
}
