import assert from 'node:assert/strict'
import { join } from 'node:path'
import { startOtlpReceiver, type OtlpReceiver } from '@ipfscluster/testing'
import { TestCluster, type TestPeer } from './support/cluster.js'
import { configure, secretOf } from './support/peers.js'
import { StandIn } from './support/stand-in.js'

const ID = '/ipfscluster.cluster.v1.Cluster/ID'

describe('a relayed call with tracing on (real processes, real OTLP receiver)', function () {
  this.timeout(60_000)
  const cluster = new TestCluster()
  let otlp: OtlpReceiver
  let standIn: StandIn

  after(async () => {
    standIn?.close()
    await cluster.close()
    await otlp?.close()
  })

  it('leaves spans on A and B that share one trace id', async () => {
    otlp = await startOtlpReceiver()
    const [a, b] = await Promise.all([cluster.create('a'), cluster.create('b')])
    const traced = (p: TestPeer): void => {
      p.env = { IPFS_CLUSTER_TRACING: 'true', IPFS_CLUSTER_TRACING_ENDPOINT: otlp.url, IPFS_CLUSTER_TRACING_SAMPLING: '1', IPFS_CLUSTER_PEER_ID: p.id }
    }
    traced(a)
    traced(b)
    await Promise.all([configure(a, { secret: secretOf('3c'), peers: [b.addr] }), configure(b, { secret: secretOf('3c'), peers: [a.addr] })])
    standIn = await new StandIn().unary(ID, () => Buffer.from('hello')).listen(join(b.sockets, 'supervisor.sock'))
    await cluster.start(a, b)
    await cluster.waitForMesh([a, b])

    const res = await cluster.client(a).pm.Call({ peer: b.id, method: ID, payload: Buffer.alloc(0) })
    assert.equal(res.status?.status_code, 0, res.status?.error_message)
    // Spans leave with the batch flushed at an orderly stop.
    assert.equal(await cluster.stop(a), 0)
    assert.equal(await cluster.stop(b), 0)

    const relayed = (peer: TestPeer, kind: number) => (s: { name: string, kind: number, resource: Record<string, unknown> }): boolean =>
      s.name === `relay ${ID}` && s.kind === kind && s.resource['cluster.peer_id'] === peer.id
    const spans = await otlp.waitForSpans(all => all.some(relayed(a, 3)) && all.some(relayed(b, 2)))
    const outbound = spans.find(relayed(a, 3))
    const inbound = spans.find(relayed(b, 2))
    assert.ok(outbound !== undefined && inbound !== undefined)
    assert.equal(inbound.traceId, outbound.traceId, 'one trace across the peers')
    assert.equal(inbound.parentSpanId, outbound.spanId, "B's span is the child of A's")
    assert.equal(inbound.attributes['cluster.remote_peer'], a.id)
    const callOnA = spans.find(s => s.spanId === outbound.parentSpanId)
    assert.equal(callOnA?.name, 'grpc.ipfscluster.peermanagement.v1.PeerManager/Call', 'A relays inside its PeerManager.Call server span')
    assert.ok(spans.some(s => s.traceId === inbound.traceId && s.parentSpanId === inbound.spanId && s.kind === 3 && s.resource['cluster.peer_id'] === b.id),
      "B's call to its local service continues the trace")
  })
})
