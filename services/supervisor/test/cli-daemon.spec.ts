import assert from 'node:assert/strict'
import { access, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { removeDir, shortTmpDir, type Child } from '@ipfscluster/testing'
import { cli, initTestPeer, startDaemon } from './cli-helpers.js'

const OTHER_KEY = 'CAESQOlnuLttGxDhIak0xsgEoHpQEHYrxOA5cCaJ1rFDP8hCJWOSP00t7dIw++QWdEKL9JJaOWzQD414N5tvsnATICs='

/** [what, edit of service.json (or the raw text), expected stderr, env]. */
const BAD_CONFIGS: Array<[string, (j: any) => any, RegExp, Record<string, string>?]> = [
  ['short secret', j => { j.cluster.secret = 'abc' }, /cluster\.secret: must be 64 hexadecimal characters \(32 bytes\) or empty, got 3 characters/],
  ['non-hex secret', j => { j.cluster.secret = 'z'.repeat(64) }, /cluster\.secret: invalid hex character "z" at position 0/],
  ['id of another key', j => { j.cluster.private_key = OTHER_KEY }, /cluster\.id: does not match the private_key \(the key gives 12D3KooWCLKKDpG1EndPjLYzsqzoqEUBwF2CNyCVdvMVci2x1ppS\)/],
  ['bad base64 key', j => { j.cluster.private_key = '%%%' }, /cluster\.private_key: invalid base64/],
  ['missing private key', j => { delete j.cluster.private_key }, /cluster\.private_key not set/],
  ['peer without /p2p', j => { j.cluster.peers = ['/ip4/1.2.3.4/tcp/9096'] }, /cluster\.peers\[0\]: missing \/p2p\/<peer id> in "\/ip4\/1\.2\.3\.4\/tcp\/9096"/],
  ['bad multiaddr', j => { j.cluster.listen_multiaddress = '/ip4/999.1.1.1/tcp/9096' }, /cluster\.listen_multiaddress: error parsing multiaddress "\/ip4\/999\.1\.1\.1\/tcp\/9096"/],
  ['bad duration', j => { j.cluster.state_sync_interval = 'soon' }, /cluster\.state_sync_interval: invalid duration "soon"/],
  ['number for a duration', j => { j.cluster.monitor_ping_interval = 30 }, /cluster\.monitor_ping_interval: expected a duration string like "30s", got 30/],
  ['min above max', j => { j.cluster.replication_factor_min = 3; j.cluster.replication_factor_max = 2 }, /cluster\.replication_factor_min is larger than max/],
  ['wrong type', j => { j.cluster.leave_on_shutdown = 'yes' }, /cluster\.leave_on_shutdown: expected a boolean, got "yes"/],
  ['empty credentials', j => { j.api.restapi.basic_auth_credentials = {} }, /api\.restapi\.basic_auth_credentials: should be null or have at least one entry/],
  ['small max_header_bytes', j => { j.api.restapi.max_header_bytes = 100 }, /api\.restapi\.max_header_bytes: must be not less than 4096/],
  ['unknown metric type', j => { j.informer.disk.metric_type = 'cpu' }, /informer\.disk\.metric_type: invalid value "cpu" \(freespace or reposize\)/],
  ['election below heartbeat', j => { j.consensus.raft.election_timeout = '100ms' }, /consensus\.raft\.election_timeout: must be equal or greater than heartbeat_timeout/],
  ['crdt only', j => { j.consensus = { crdt: {} } }, /consensus\.crdt is not supported/],
  ['bad env value', () => {}, /CLUSTER_REPLICATIONFACTORMIN \(cluster\.replication_factor_min\): expected an integer, got "x"/, { CLUSTER_REPLICATIONFACTORMIN: 'x' }],
  ['truncated JSON', () => '{"cluster": {"id": ', /service\.json: invalid JSON at line \d+ column \d+/]
]

describe('ipfs-cluster-service daemon', function () {
  let dir: string
  let daemon: Child | undefined
  beforeEach(async () => { dir = await shortTmpDir() })
  afterEach(async () => {
    await daemon?.stop('SIGKILL')
    daemon = undefined
    await removeDir(dir)
  })

  it('refuses every bad configuration with exit 1, a message naming the key, and the file untouched', async () => {
    const base = await initTestPeer(dir)
    const file = join(dir, 'service.json')
    for (const [what, edit, expected, env] of BAD_CONFIGS) {
      const json = structuredClone(base)
      const text = edit(json) ?? JSON.stringify(json, null, 2)
      await writeFile(file, text)
      const res = await cli(['-c', dir, 'daemon'], { env })
      assert.equal(res.code, 1, `${what}: ${res.stderr}`)
      assert.match(res.stderr, /^.*\n?error loading configuration: /, `${what}: ${res.stderr}`)
      assert.match(res.stderr, expected, what)
      assert.equal(await readFile(file, 'utf8'), text, `${what}: file untouched`)
      await assert.rejects(access(join(dir, 'cluster.lock')), /ENOENT/, `${what}: lock released`)
    }
    assert.ok(BAD_CONFIGS.length >= 12)
  })

  it('tells how to init when there is no config', async () => {
    const res = await cli(['-c', dir])
    assert.equal(res.code, 1)
    assert.match(res.stderr, new RegExp(`error loading configuration: ${join(dir, 'service.json')} does not exist\\. Run "ipfs-cluster-service init" first`))
  })

  it('starts every service, refuses a second daemon on the folder, and stops cleanly on SIGTERM', async () => {
    await initTestPeer(dir)
    daemon = startDaemon(dir)
    await daemon.waitForOutput(/IPFS Cluster v\S+ is ready/, 60_000)
    for (const s of ['peer-management', 'consensus', 'ipfs-connector']) {
      assert.match(daemon.output(), new RegExp(`${s} started pid=\\d+`))
      assert.match(daemon.output(), new RegExp(`^\\[${s}\\] .* INFO  ${s} ready`, 'm'), 'child lines come out tagged')
    }
    assert.equal(await readFile(join(dir, 'cluster.lock'), 'utf8'), `${daemon.pid}\n`)
    const second = await cli(['-c', dir, 'daemon'])
    assert.equal(second.code, 1)
    assert.match(second.stderr, /error acquiring execution lock: could not obtain execution lock\./)
    daemon.proc.kill('SIGTERM')
    assert.equal(await daemon.exited, 0, daemon.output())
    await assert.rejects(access(join(dir, 'cluster.lock')), /ENOENT/)
  })

  it('refuses --bootstrap over configured peers unless forced, and saves it', async () => {
    const other = '/ip4/127.0.0.1/tcp/9/p2p/12D3KooWCLKKDpG1EndPjLYzsqzoqEUBwF2CNyCVdvMVci2x1ppS'
    await initTestPeer(dir, j => { j.cluster.peers = [other] })
    const res = await cli(['-c', dir, '--bootstrap', other, 'daemon'])
    assert.equal(res.code, 1)
    assert.match(res.stderr, /error : the configuration provides cluster\.peers\. Use -f to ignore and proceed bootstrapping/)
    const bad = await cli(['-c', dir, '-f', '--bootstrap', '/ip4/1.2.3.4/tcp/9096', 'daemon'])
    assert.match(bad.stderr, /error parsing multiaddress: \/ip4\/1\.2\.3\.4\/tcp\/9096: missing \/p2p\/<peer id>/)
    assert.match((await cli(['-c', dir, '--alloc', 'cpu'])).stderr, /error : unknown allocation strategy: cpu/)
  })
})
