import assert from 'node:assert/strict'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { InvalidConfigError } from '@ipfscluster/chassis'
import { removeDir, shortTmpDir } from '@ipfscluster/testing'
import { loadConfig } from '../src/config.js'
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

  const write = async (json: unknown): Promise<void> => { await writeFile(join(dir, 'service.json'), JSON.stringify(json)) }

  it('takes the identity, secret, addresses and intervals it uses, with defaults', async () => {
    await write({ cluster: { id: ID, private_key: KEY, secret: secretOf('ab'), peers: [`/ip4/10.0.0.1/tcp/9096/ipfs/${OTHER_ID}`] } })
    const c = await loadConfig(dir, {})
    assert.equal(c.identity.peerId, ID)
    assert.equal(c.identity.privateKey.type, 'Ed25519')
    assert.equal(c.secret, secretOf('ab'))
    assert.deepEqual(c.peers.map(String), [`/ip4/10.0.0.1/tcp/9096/p2p/${OTHER_ID}`])
    assert.deepEqual(c.bootstrap, [])
    assert.deepEqual(c.listen.map(String), ['/ip4/0.0.0.0/tcp/9096'])
    assert.deepEqual([c.pingInterval, c.checkInterval, c.networkTimeout], [15_000, 15_000, 10_000])
  })

  it('reads an empty secret as an unprotected network, and applies CLUSTER_* overrides', async () => {
    await write({ cluster: { id: ID, private_key: KEY, secret: '' }, monitor: { monbasic: { check_interval: '3s' } } })
    assert.equal((await loadConfig(dir, {})).secret, undefined)
    const c = await loadConfig(dir, { CLUSTER_SECRET: secretOf('cd'), CLUSTER_MONBASIC_CHECKINTERVAL: '2s', CLUSTER_RAFT_NETWORKTIMEOUT: '1s' })
    assert.deepEqual([c.secret, c.checkInterval, c.networkTimeout], [secretOf('cd'), 2000, 1000])
  })

  it('uses a v1.x identity.json when service.json has no identity', async () => {
    await write({ cluster: { secret: '' } })
    await writeFile(join(dir, 'identity.json'), JSON.stringify({ id: ID, private_key: KEY }))
    assert.equal((await loadConfig(dir, {})).identity.peerId, ID)
  })

  it('rejects a bad value with an error naming its key', async () => {
    await write({ cluster: { id: OTHER_ID, private_key: KEY, secret: '' } })
    await assert.rejects(loadConfig(dir, {}), (err: Error) => err instanceof InvalidConfigError && err.message === `cluster.id: does not match the private_key (the key gives ${ID})`)
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
