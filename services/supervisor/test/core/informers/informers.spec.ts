/**
 * The informers against the real ipfs-connector process and js-ipfs, with a
 * gRPC stand-in for peer-management's PeerMonitor (PublishMetric only) on a
 * Unix socket: the values are what js-ipfs reports, expiries follow the
 * TTLs, `ping` is re-published only when it changes, an IPFS outage makes
 * the metric invalid, and a monitor that is not there yet gets the metric
 * once it comes.
 */
import assert from 'node:assert/strict'
import { join } from 'node:path'
import { connect, implement, SocketServer, type AsyncHandlers } from '@ipfscluster/chassis'
import { loadProtos, type Metric__Output, type PeerMonitorHandlers } from '@ipfscluster/proto'
import { removeDir, waitFor } from '@ipfscluster/testing'
import { startInformers, type InformerPublisher, type PingValue } from '../../../src/core/informers/index.js'
import { startIpfsStack, type IpfsStack } from '../tracker/connector-process.js'

const { PeerMonitor } = loadProtos().ipfscluster.peermanagement.v1

/** A PeerMonitor that records what is published to it. */
class FakeMonitor {
  readonly metrics: Array<Metric__Output & { at: number }> = []
  private server: SocketServer | undefined
  constructor (readonly socket: string) {}

  async start (): Promise<void> {
    const handlers: Partial<AsyncHandlers<PeerMonitorHandlers>> = {
      PublishMetric: async req => {
        if (req.metric != null) this.metrics.push({ ...req.metric, at: Date.now() })
        return { sent_to: [], failed: [] }
      }
    }
    this.server = new SocketServer(this.socket, [{ name: 'ipfscluster.peermanagement.v1.PeerMonitor', definition: PeerMonitor.service, implementation: implement<PeerMonitorHandlers>(PeerMonitor.service, handlers as AsyncHandlers<PeerMonitorHandlers>) }])
    await this.server.listen()
  }

  async stop (): Promise<void> {
    await this.server?.stop(100)
  }

  named (name: string): Array<Metric__Output & { at: number }> {
    return this.metrics.filter(m => m.name === name)
  }
}

describe('informers (real ipfs-connector and js-ipfs)', function () {
  this.timeout(180_000)
  let stack: IpfsStack
  let monitor: FakeMonitor
  let publisher: InformerPublisher | undefined
  const start = (metric: 'freespace' | 'reposize' | 'numpin'): InformerPublisher => startInformers({
    ipfs: stack.client,
    monitor: connect(PeerMonitor, monitor.socket, 'peer-management'),
    peername: 'informer-test',
    metric,
    config: { disk: { metricTtl: 600, metricType: 'freespace' }, numpin: { metricTtl: 600 }, monitorPingInterval: 200 }
  })

  before(async () => { stack = await startIpfsStack('inf') })
  after(async () => {
    await stack?.stop()
    await removeDir(stack?.dir ?? '')
  })
  beforeEach(() => { monitor = new FakeMonitor(join(stack.socketsDir, `monitor-${Date.now()}.sock`)) })
  afterEach(async () => {
    await publisher?.stop()
    publisher = undefined
    await monitor.stop()
  })

  it('publishes freespace from js-ipfs repo/stat every TTL/2, and ping once while it does not change', async () => {
    await monitor.start()
    publisher = start('freespace')
    await waitFor(() => monitor.named('freespace').length >= 3, { timeout: 30_000, what: 'three freespace metrics' })
    const stat = await stack.ipfs.rpc<{ RepoSize: number, StorageMax: number }>('repo/stat')
    const m = monitor.named('freespace').at(-1)!
    assert.equal(m.valid, true)
    // The repo grows a little between the two readings (datastore writes); the metric is StorageMax − RepoSize.
    assert.ok(Math.abs(Number(m.value) - (stat.StorageMax - stat.RepoSize)) < 1_000_000, `${m.value} vs ${stat.StorageMax - stat.RepoSize}`)
    assert.equal(m.weight, m.value)
    const ttlNs = Number(BigInt(m.expire) - BigInt(m.at) * 1_000_000n) / 1e6
    assert.ok(ttlNs > 300 && ttlNs <= 600, `expires ~600 ms after publication, got ${ttlNs} ms`)

    const pings = monitor.named('ping')
    assert.equal(pings.length, 1, `ping value published once while unchanged: ${pings.map(p => p.value).join(' | ')}`)
    const value = JSON.parse(pings[0].value) as PingValue
    assert.deepEqual(Object.keys(value), ['peer_name', 'ipfs_id', 'ipfs_addresses'])
    assert.equal(value.peer_name, 'informer-test')
    assert.equal(value.ipfs_id, stack.ipfs.peerId)
    assert.ok(value.ipfs_addresses.length > 0)
    assert.equal(monitor.named('numpin').length, 0, 'only the informer of --alloc runs')
  })

  it('publishes reposize, weighted so that smaller repositories come first, when --alloc asks for it', async () => {
    await monitor.start()
    publisher = start('reposize')
    await waitFor(() => monitor.named('reposize').length >= 1, { timeout: 30_000, what: 'a reposize metric' })
    const stat = await stack.ipfs.rpc<{ RepoSize: number }>('repo/stat')
    const m = monitor.named('reposize')[0]
    assert.equal(m.valid, true)
    assert.ok(Math.abs(Number(m.value) - stat.RepoSize) < 1_000_000, `${m.value} vs ${stat.RepoSize}`)
    assert.equal(m.weight, String(-Number(m.value)))
    assert.equal(monitor.named('freespace').length, 0)
  })

  it('publishes numpin as the count of IPFS pins, invalid while IPFS is down', async () => {
    const cid = await stack.addBlock(`numpin ${Date.now()}`)
    await stack.ipfs.rpc('pin/add', { arg: cid.toString() })
    const expected = Object.keys((await stack.ipfs.rpc<{ Keys: Record<string, unknown> }>('pin/ls', { type: 'all' })).Keys).length
    await monitor.start()
    publisher = start('numpin')
    await waitFor(() => monitor.named('numpin').length >= 1, { timeout: 30_000, what: 'a numpin metric' })
    const m = monitor.named('numpin')[0]
    assert.equal(m.valid, true)
    assert.ok(Number(m.value) >= 1 && Number(m.value) <= expected, `${m.value} pins (pin/ls all: ${expected})`)
    assert.equal(m.weight, String(-Number(m.value)))

    await stack.ipfs.kill()
    try {
      await waitFor(() => monitor.named('numpin').at(-1)?.valid === false, { timeout: 30_000, what: 'an invalid numpin metric' })
    } finally {
      await stack.ipfs.restart()
    }
    await waitFor(() => monitor.named('numpin').at(-1)?.valid === true, { timeout: 60_000, what: 'a valid numpin metric again' })
  })

  it('keeps retrying until the peer monitor is there', async () => {
    publisher = start('freespace')
    await waitFor(async () => (await stack.client.RepoStat({}).then(() => true, () => false)), { timeout: 30_000, what: 'IPFS up' })
    await monitor.start()
    await waitFor(() => monitor.named('freespace').length >= 1 && monitor.named('ping').length >= 1, { timeout: 30_000, what: 'metrics once the monitor listens' })
    assert.equal(monitor.named('freespace')[0].valid, true)
  })
})
