import assert from 'node:assert/strict'
import { streamPair } from '@libp2p/utils'
import type { Metric__Output } from '@ipfscluster/proto'
import * as errors from '../src/errors.js'
import { FrameStream } from '../src/relay/frames.js'
import { PeerMonitor } from '../src/monitor/peer-monitor.js'
import { AddressBook } from '../src/address-book.js'
import { PeerstoreFile } from '../src/peerstore-file.js'
import { readFile, writeFile } from 'node:fs/promises'
import { removeDir, shortTmpDir } from '@ipfscluster/testing'
import { multiaddr } from '@multiformats/multiaddr'
import { configureLogging, loggingSettings } from '@ipfscluster/chassis'

const SELF = '12D3KooWCLKKDpG1EndPjLYzsqzoqEUBwF2CNyCVdvMVci2x1ppS'
const OTHER = '12D3KooWE79Kk5wEKTMN8RswjJjaH2M8BMvhkndJXZkuZo5TKQf8'

describe('peer-management parts', () => {
  const logged: string[] = []
  const saved = loggingSettings()
  before(() => { configureLogging({ ...saved, write: line => logged.push(line) }) })
  after(() => { configureLogging(saved) })

  it('names each error class after itself', () => {
    for (const [exported, cls] of Object.entries(errors)) assert.equal(new (cls as new (m: string) => Error)('x').name, exported)
  })

  it('frames: a request, a large payload and a status cross a stream whole; the end reads as undefined', async () => {
    const [outbound, inbound] = await streamPair()
    const sender = new FrameStream(outbound)
    const receiver = new FrameStream(inbound)
    const big = Buffer.alloc(300_000, 9)
    await sender.write({ request: { method: '/a.B/C', deadline_unix_ms: 5, payload: Buffer.from('x') } }, { payload: { data: big } })
    await sender.write({ status: { status_code: 7, error_name: 'PermissionDeniedError', error_message: 'no', details: { leader: 'L' } } })
    await outbound.close()
    const first = await receiver.read()
    assert.equal(first?.kind, 'request')
    assert.deepEqual([first?.request?.method, first?.request?.deadline_unix_ms, first?.request?.payload.toString()], ['/a.B/C', '5', 'x'])
    assert.deepEqual((await receiver.read())?.payload?.data, big)
    const status = (await receiver.read())?.status
    assert.deepEqual([status?.status_code, status?.error_name, status?.details], [7, 'PermissionDeniedError', { leader: 'L' }])
    assert.equal(await receiver.read(), undefined)
  })

  it('monitor: alerts once per expired (metric, member) until a fresher metric arrives; ignores non-members', async () => {
    let members = [SELF, OTHER]
    const monitor = new PeerMonitor(60_000, async () => members)
    const metric = (peer: string, expireInMs: number): Metric__Output => ({
      name: 'ping', peer, value: '', expire: String(BigInt(Date.now() + expireInMs) * 1_000_000n), valid: true, weight: '0', partitionable: false, received_at: '0'
    })
    monitor.logMetric(metric(SELF, 60_000))
    monitor.logMetric(metric(OTHER, -1))
    assert.deepEqual((await monitor.check()).map(a => a.metric?.peer), [OTHER])
    assert.deepEqual(await monitor.check(), [], 'raised once')
    assert.deepEqual(monitor.latestMetrics('ping').map(m => m.peer), [SELF], 'the expired one is not valid')
    monitor.logMetric(metric(OTHER, -1))
    assert.equal((await monitor.check()).length, 1, 'a fresher (but expired) metric re-arms the alert')
    monitor.logMetric(metric(OTHER, -1))
    members = [SELF]
    assert.deepEqual(await monitor.check(), [], 'no alert for a peer outside the cluster')
    assert.equal(monitor.alerts.recent().length, 2)
  })

  it('monitor: Alerts with follow sends the retained alerts, then new ones', async () => {
    const monitor = new PeerMonitor(60_000, async () => [OTHER])
    const expired = (value: string): Metric__Output => ({ name: value, peer: OTHER, value, expire: '1', valid: true, weight: '0', partitionable: false, received_at: '0' })
    monitor.logMetric(expired('first'))
    await monitor.check()
    const stop = new AbortController()
    const seen: string[] = []
    const following = (async () => { for await (const a of monitor.alerts.follow(stop.signal)) { seen.push(a.metric?.name ?? ''); if (seen.length === 2) stop.abort() } })()
    monitor.logMetric(expired('second'))
    await monitor.check()
    await following
    assert.deepEqual(seen, ['first', 'second'])
  })

  it('address book: keeps other peers only, each address once, and reports changes', () => {
    const book = new AddressBook(SELF)
    const changed: string[] = []
    book.onChange(p => changed.push(p))
    const addr = `/ip4/10.0.0.1/tcp/9096/p2p/${OTHER}`
    assert.equal(book.add(multiaddr(addr)), OTHER)
    assert.equal(book.add(multiaddr(addr)), OTHER)
    assert.equal(book.add(multiaddr(`/ip4/10.0.0.2/tcp/9096/p2p/${SELF}`)), undefined)
    assert.throws(() => book.add(multiaddr('/ip4/10.0.0.3/tcp/9096')), /missing \/p2p\//)
    assert.deepEqual(book.addresses(), [addr])
    assert.equal(book.remove(OTHER), true)
    assert.deepEqual(changed, [OTHER, OTHER])
  })

  it('peerstore file: reads v1.x lines, and the last of concurrent writes wins', async () => {
    const dir = await shortTmpDir('pmu')
    try {
      const file = new PeerstoreFile(dir)
      assert.deepEqual(await file.read(), [], 'no file yet')
      const addr = (i: number): string => `/ip4/10.0.0.${i}/tcp/9096/p2p/${OTHER}`
      await Promise.all([1, 2, 3].map(async i => file.write([addr(i)])))
      assert.equal(await readFile(file.path, 'utf8'), addr(3) + '\n')
      await writeFile(file.path, `# comment\n${addr(4)}\n/ip4/10.0.0.5/tcp/1\n`)
      assert.deepEqual((await file.read()).map(String), [addr(4)])
    } finally {
      await removeDir(dir)
    }
  })
})
