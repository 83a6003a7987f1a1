import assert from 'node:assert/strict'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { InvalidConfigError } from '@ipfscluster/chassis'
import { removeDir, shortTmpDir } from '@ipfscluster/testing'
import { parseConfig } from '../src/config.js'
import { parseDuration } from '../src/config/duration.js'
import { TestCluster } from './support/cluster.js'
import { secretOf, start } from './support/peers.js'

// The test vector of the original's tests (conventions.md P-L8).
const KEY = 'CAESQOlnuLttGxDhIak0xsgEoHpQEHYrxOA5cCaJ1rFDP8hCJWOSP00t7dIw++QWdEKL9JJaOWzQD414N5tvsnATICs='
const ID = '12D3KooWCLKKDpG1EndPjLYzsqzoqEUBwF2CNyCVdvMVci2x1ppS'
const OTHER_ID = '12D3KooWE79Kk5wEKTMN8RswjJjaH2M8BMvhkndJXZkuZo5TKQf8'

describe('configuration of peer-management', () => {
  let dir: string
  beforeEach(async () => { dir = await shortTmpDir('pmc') })
  afterEach(async () => { await removeDir(dir) })

  const parse = async (cluster: Record<string, unknown>, rest: Record<string, unknown> = {}, env: NodeJS.ProcessEnv = {}): ReturnType<typeof parseConfig> =>
    parseConfig(dir, { cluster: { id: ID, private_key: KEY, ...cluster }, ...rest }, env)

  const rejects = async (promise: Promise<unknown>, message: string | RegExp): Promise<void> => {
    await assert.rejects(promise, (err: Error) => {
      assert.ok(err instanceof InvalidConfigError, err.name)
      if (typeof message === 'string') assert.equal(err.message, message)
      else assert.match(err.message, message)
      return true
    })
  }

  it('reads the identity, secret, addresses and intervals, with defaults', async () => {
    const c = await parse({ secret: secretOf('ab'), peers: [`/ip4/10.0.0.1/tcp/9096/ipfs/${OTHER_ID}`] })
    assert.equal(c.identity.peerId, ID)
    assert.equal(Buffer.from(c.secret ?? []).toString('hex'), secretOf('ab'))
    assert.deepEqual(c.peers.map(String), [`/ip4/10.0.0.1/tcp/9096/p2p/${OTHER_ID}`])
    assert.deepEqual(c.listen.map(String), ['/ip4/0.0.0.0/tcp/9096'])
    assert.deepEqual([c.pingInterval, c.checkInterval, c.networkTimeout], [15_000, 15_000, 10_000])
    assert.equal((await parse({ secret: '' })).secret, undefined, 'an empty secret is an unprotected network')
  })

  it('names the key of every bad value (config.md §8)', async () => {
    await rejects(parse({ secret: 'abc' }), 'cluster.secret: must be 64 hexadecimal characters (32 bytes) or empty, got 3 characters')
    await rejects(parse({ secret: 'zz' + secretOf('0').slice(2) }), 'cluster.secret: invalid hex character "z" at position 0')
    await rejects(parse({ id: OTHER_ID }), `cluster.id: does not match the private_key (the key gives ${ID})`)
    await rejects(parse({ private_key: '%%%' }), 'cluster.private_key: invalid base64')
    await rejects(parse({ private_key: 'AAAA' }), /^cluster\.private_key: not a libp2p private key: /)
    await rejects(parse({ peers: ['/ip4/1.2.3.4/tcp/9096'] }), 'cluster.peers[0]: missing /p2p/<peer id> in "/ip4/1.2.3.4/tcp/9096"')
    await rejects(parse({ listen_multiaddress: '/ip4/999.1.1.1/tcp/9096' }), /^cluster\.listen_multiaddress: error parsing multiaddress "\/ip4\/999\.1\.1\.1\/tcp\/9096": /)
    await rejects(parse({ listen_multiaddress: '/ip4/1.1.1.1/udp/9096' }), 'cluster.listen_multiaddress: only /ip4 or /ip6 …/tcp/<port> addresses are supported: "/ip4/1.1.1.1/udp/9096"')
    await rejects(parse({ monitor_ping_interval: 'soon' }), 'cluster.monitor_ping_interval: invalid duration "soon"')
    await rejects(parse({}, { monitor: { monbasic: { check_interval: '0s' } } }), 'monitor.monbasic.check_interval: must be greater than 0')
    await rejects(parse({}, { consensus: { raft: { network_timeout: 10 } } }), 'consensus.raft.network_timeout: expected a duration string like "30s", got 10')
    await rejects(parseConfig(dir, { cluster: {} }), 'cluster.id not set')
  })

  it('takes CLUSTER_* environment overrides, naming the variable in errors', async () => {
    const c = await parse({}, {}, { CLUSTER_SECRET: secretOf('cd'), CLUSTER_PEERS: `/ip4/10.0.0.2/tcp/1/p2p/${OTHER_ID}`, CLUSTER_MONBASIC_CHECKINTERVAL: '2s' })
    assert.equal(Buffer.from(c.secret ?? []).toString('hex'), secretOf('cd'))
    assert.equal(c.peers.length, 1)
    assert.equal(c.checkInterval, 2000)
    await rejects(parse({}, {}, { CLUSTER_SECRET: 'x' }), /^CLUSTER_SECRET \(cluster\.secret\): must be 64 hexadecimal/)
  })

  it('uses a v1.x identity.json when service.json has no identity, and checks it against service.json', async () => {
    await writeFile(join(dir, 'identity.json'), JSON.stringify({ id: ID, private_key: KEY }))
    assert.equal((await parseConfig(dir, { cluster: { secret: '' } })).identity.peerId, ID)
    await writeFile(join(dir, 'identity.json'), JSON.stringify({ id: OTHER_ID, private_key: KEY }))
    await rejects(parse({}), `cluster.id (${ID}) differs from identity.json id (${OTHER_ID})`)
    await writeFile(join(dir, 'identity.json'), '{')
    await rejects(parse({}), /^identity\.json: /)
  })

  it('parses Go durations', () => {
    assert.equal(parseDuration('k', '1m30s'), 90_000)
    assert.equal(parseDuration('k', '1.5s'), 1500)
    assert.equal(parseDuration('k', '500ms'), 500)
    assert.equal(parseDuration('k', '1h0m0s'), 3_600_000)
    assert.equal(parseDuration('k', '0'), 0)
    assert.throws(() => parseDuration('k', '10'), /^InvalidConfigError: k: invalid duration "10"$/)
    assert.throws(() => parseDuration('k', '1s x'), /invalid duration/)
  })
})

describe('the peer-management process with a bad configuration', function () {
  this.timeout(30_000)
  const cluster = new TestCluster()
  after(async () => { await cluster.close() })

  it('stops before listening, exit code 78, with an error naming the key', async () => {
    const p = await cluster.create('bad')
    await writeFile(join(p.dir, 'service.json'), JSON.stringify({ cluster: { id: ID, private_key: KEY, secret: 'abc' } }))
    const child = start(p)
    assert.equal(await child.exited, 78)
    assert.match(child.output(), /cluster\.secret: must be 64 hexadecimal characters \(32 bytes\) or empty, got 3 characters/)
  })
})
