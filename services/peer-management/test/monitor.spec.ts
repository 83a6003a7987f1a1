import assert from 'node:assert/strict'
import { status as Status } from '@grpc/grpc-js'
import { codec, type Alert__Output, type Metric__Output } from '@ipfscluster/proto'
import { waitFor, waitForValue } from '@ipfscluster/testing'
import { TestCluster, type TestPeer } from './support/cluster.js'
import { configure, secretOf } from './support/peers.js'

const SECRET = secretOf('c1')
/** monitor_ping_interval 1s (ping TTL 2s) and check_interval 500ms, as configure() writes them. */
const TTL_MS = 2000
const CHECK_MS = 500
const logMetric = codec('ipfscluster.peermanagement.v1.LogMetricRequest')

describe('the peer monitor (real processes)', function () {
  this.timeout(60_000)
  const cluster = new TestCluster()
  let a: TestPeer, b: TestPeer, c: TestPeer
  const alerts = new Map<TestPeer, Alert__Output[]>()
  const following = new AbortController()

  before(async () => {
    ;[a, b, c] = await Promise.all(['a', 'b', 'c'].map(async n => cluster.create(n)))
    const peers = [a, b, c].map(p => p.addr)
    await Promise.all([a, b, c].map(async p => configure(p, { secret: SECRET, peers })))
    await cluster.start(a, b, c)
    await cluster.waitForMesh([a, b, c])
    for (const p of [a, b]) {
      const seen: Alert__Output[] = []
      alerts.set(p, seen)
      void (async () => {
        for await (const item of cluster.client(p).monitor.Alerts({ follow: true }, { signal: following.signal })) if (item.alert != null) seen.push(item.alert)
      })().catch(() => {})
    }
  })
  after(async () => {
    following.abort()
    await cluster.close()
  })

  const latest = async (p: TestPeer, name: string): Promise<Metric__Output[]> => (await cluster.client(p).monitor.LatestMetrics({ name })).metrics
  const alertsFor = (on: TestPeer, about: TestPeer): Alert__Output[] => (alerts.get(on) ?? []).filter(x => x.metric?.peer === about.id)

  it('every peer keeps the latest liveness ping of every peer', async () => {
    for (const p of [a, b, c]) {
      await waitFor(async () => (await latest(p, 'ping')).length === 3, { what: `three pings on ${p.id}` })
      assert.deepEqual((await latest(p, 'ping')).map(m => m.peer), [a, b, c].map(q => q.id).sort())
    }
  })

  it('publishes a metric of one peer to all peers', async () => {
    const expire = String(BigInt(Date.now() + 60_000) * 1_000_000n)
    const sent = await cluster.client(a).monitor.PublishMetric({ metric: { name: 'freespace', value: '1234', expire, valid: true, weight: '1234' } })
    assert.deepEqual(sent.sent_to, [a, b, c].map(p => p.id).sort())
    assert.deepEqual(sent.failed, [])
    for (const p of [a, b, c]) {
      const [m] = await latest(p, 'freespace')
      assert.deepEqual([m?.peer, m?.value], [a.id, '1234'])
      assert.deepEqual((await cluster.client(p).monitor.MetricNames({})).names.sort(), ['freespace', 'ping'])
    }
  })

  it('refuses a metric a peer pushes in the name of another', async () => {
    const metric = { name: 'ping', peer: c.id, value: '{}', expire: String(BigInt(Date.now() + 60_000) * 1_000_000n), valid: true }
    const res = await cluster.client(a).pm.Call({ peer: b.id, method: '/ipfscluster.peermanagement.v1.PeerMonitor/LogMetric', payload: Buffer.from(logMetric.encode({ metric })) })
    assert.equal(res.status?.status_code, Status.INVALID_ARGUMENT)
    assert.match(res.status?.error_message ?? '', new RegExp(`metric of peer ${c.id} sent by peer ${a.id}`))
  })

  it('raises an alert for a stopped peer on every other peer within TTL + check interval; live peers keep reporting', async () => {
    await cluster.kill(c)
    const killedAt = Date.now()
    for (const p of [a, b]) {
      await waitFor(() => alertsFor(p, c).length > 0, { timeout: TTL_MS + CHECK_MS + 5000, what: `an alert for C on ${p.id}` })
      const alert = alertsFor(p, c)[0] as Alert__Output
      assert.equal(alert.metric?.name, 'ping')
      // C's last ping expired at most TTL after the kill, and the alert came
      // in the check that followed (give or take a busy machine's timer lag).
      const expiredAt = Number(BigInt(alert.metric?.expire ?? '0') / 1_000_000n)
      assert.ok(expiredAt - killedAt <= TTL_MS, `C's last ping expired ${expiredAt - killedAt} ms after the kill`)
      const lag = Number(alert.triggered_at) - expiredAt
      assert.ok(lag >= 0 && lag <= CHECK_MS + 500, `alert ${lag} ms after the expiry`)
    }
    // A and B keep sending pings: each sees the other's newer than the alert.
    const alertAt = Number(alertsFor(a, c)[0]?.triggered_at)
    for (const [on, about] of [[a, b], [b, a]] as const) {
      await waitFor(async () => (await latest(on, 'ping')).some(m => m.peer === about.id && Number(BigInt(m.received_at) / 1_000_000n) > alertAt), { what: `a fresh ping of ${about.id} on ${on.id}` })
    }
    assert.deepEqual((await latest(a, 'ping')).map(m => m.peer), [a, b].map(p => p.id).sort(), "C's expired ping is no longer valid")
    assert.equal(alertsFor(a, c).length, 1, 'raised once until a fresher metric arrives')
    assert.deepEqual([...alertsFor(a, a), ...alertsFor(a, b), ...alertsFor(b, a), ...alertsFor(b, b)], [], 'no alert for the live peers')
  })

  it('drops a peer that leaves without waiting for an alert', async () => {
    const [lastPing] = (await latest(a, 'ping')).filter(m => m.peer === b.id)
    assert.ok(lastPing !== undefined)
    const left = await cluster.client(b).pm.Leave({})
    assert.deepEqual(left.addresses, [a.addr, c.addr].sort((x, y) => x.split('/p2p/')[1]?.localeCompare(y.split('/p2p/')[1] ?? '') ?? 0))
    await waitFor(async () => !(await latest(a, 'ping')).some(m => m.peer === b.id), { what: "B's metrics gone from A" })
    assert.ok(!(await cluster.client(a).pm.Peers({})).peers.some(p => p.peer_id === b.id), 'A forgot B')
    // Once A's own ping comes in after B's last one expired plus a check, a
    // left-out alert would have been raised by now.
    const horizon = BigInt(lastPing.expire) + BigInt(CHECK_MS) * 1_000_000n
    await waitForValue(async () => (await latest(a, 'ping')).find(m => m.peer === a.id && BigInt(m.received_at) > horizon), { timeout: TTL_MS + CHECK_MS + 5000 })
    assert.deepEqual(alertsFor(a, b), [])
  })
})
