import { implement, InvalidParametersError, type CallContext, type HostedService } from '@ipfscluster/chassis'
import { loadProtos, REMOTE_PEER_METADATA_KEY, type PeerManagerHandlers, type PeerMonitorHandlers } from '@ipfscluster/proto'
import { bootstrap, leave } from './join-leave.js'
import type { PeerManager } from './peer-manager.js'

const { PeerManager: PeerManagerService, PeerMonitor: PeerMonitorService } = loadProtos().ipfscluster.peermanagement.v1

/** The peer that called through the relay, if the call came that way. */
function remotePeer (ctx: CallContext): string | undefined {
  const v = ctx.metadata.get(REMOTE_PEER_METADATA_KEY)[0]
  return v === undefined ? undefined : String(v)
}

/** The gRPC services of this process: PeerManager and PeerMonitor, adapters only. */
export function services (pm: PeerManager): HostedService[] {
  const peerManager = implement<PeerManagerHandlers>(PeerManagerService.service, {
    ID: async () => ({ peer_id: pm.self, addresses: pm.addresses(), connected_peers: pm.connectedPeers() }),
    Peers: async () => ({ peers: pm.peers() }),
    ConnectPeer: async (req, { signal }) => ({ peer_id: await pm.connectPeer(req.address, signal) }),
    RemovePeer: async req => {
      await pm.removePeer(req.peer_id)
      return {}
    },
    AddPeer: async req => ({ peer_id: pm.addPeer(req.address) }),
    ImportAddresses: async req => ({ imported: pm.importAddresses(req.addresses) }),
    RemoteMultiaddrForPeer: async req => ({ address: await pm.remoteMultiaddrForPeer(req.peer_id) }),
    Leave: async () => ({ addresses: await leave(pm) }),
    Bootstrap: async (req, { signal }) => bootstrap(pm, req.addresses, signal),
    PeerLeaving: async (_req, ctx) => {
      const peer = remotePeer(ctx)
      if (peer === undefined) throw new InvalidParametersError('PeerLeaving is called by the leaving peer, through the relay')
      pm.peerLeaving(peer)
      return {}
    },
    Call: async (req, { signal }) => {
      pm.assertMember()
      return pm.relay.unary({ ...order(req), payload: req.payload, signal })
    },
    CallStream: async function * (req, { signal }) {
      pm.assertMember()
      yield * pm.relay.stream({ ...order(req), payload: req.payload, signal }, { requestStream: false, responseStream: true })
    },
    CallBidi: async function * (reqs, { signal }) {
      pm.assertMember()
      const items = reqs[Symbol.asyncIterator]()
      const first = await items.next()
      const header = first.done === true ? undefined : first.value.header
      if (header == null) throw new InvalidParametersError('the first CallBidi item must be the header')
      yield * pm.relay.stream({ ...order(header), payload: new Uint8Array(), requests: requestsOf(items), signal }, { requestStream: true, responseStream: true })
    }
  })
  const peerMonitor = implement<PeerMonitorHandlers>(PeerMonitorService.service, {
    LogMetric: async (req, ctx) => {
      const from = remotePeer(ctx)
      if (req.metric == null) throw new InvalidParametersError('metric is required')
      if (from !== undefined && req.metric.peer !== from) throw new InvalidParametersError(`metric of peer ${req.metric.peer} sent by peer ${from}`)
      pm.monitor.logMetric(req.metric)
      return {}
    },
    PublishMetric: async req => {
      if (req.metric == null) throw new InvalidParametersError('metric is required')
      return pm.publisher.publish(req.metric)
    },
    LatestMetrics: async req => ({ metrics: pm.monitor.latestMetrics(req.name) }),
    MetricNames: async () => ({ names: pm.monitor.metricNames() }),
    Alerts: async function * (req, { signal }) {
      const alerts = req.follow ? pm.monitor.alerts.follow(signal) : pm.monitor.alerts.recent()
      for await (const alert of alerts) yield { alert }
    }
  })
  return [
    { name: 'ipfscluster.peermanagement.v1.PeerManager', definition: PeerManagerService.service, implementation: peerManager },
    { name: 'ipfscluster.peermanagement.v1.PeerMonitor', definition: PeerMonitorService.service, implementation: peerMonitor }
  ]
}

/** The routing fields shared by Call, CallStream and CallBidi's header. */
function order (req: { peer: string, method: string, deadline_unix_ms: string, traceparent: string, tracestate: string }): { peer: string, path: string, deadline: number, traceparent: string, tracestate: string } {
  return { peer: req.peer, path: req.method, deadline: Number(req.deadline_unix_ms), traceparent: req.traceparent, tracestate: req.tracestate }
}

/** CallBidi's `payload` items until `half_close` or the end of the gRPC stream. */
async function * requestsOf (items: AsyncIterator<{ payload?: { data: Buffer } | null, half_close?: object | null }>): AsyncGenerator<Uint8Array> {
  for (let item = await items.next(); item.done !== true; item = await items.next()) {
    if (item.value.half_close != null) return
    if (item.value.payload == null) throw new InvalidParametersError('after the header, CallBidi items are payload or half_close')
    yield item.value.payload.data
  }
}
