import assert from 'node:assert/strict'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { removeDir, shortTmpDir } from '@ipfscluster/testing'
import { cli } from './cli-helpers.js'

const SECRET = 'a'.repeat(30) + 'B'.repeat(34)

describe('ipfs-cluster-service init', () => {
  let dir: string
  beforeEach(async () => { dir = await shortTmpDir() })
  afterEach(async () => { await removeDir(dir) })
  const conf = async (): Promise<any> => JSON.parse(await readFile(join(dir, 'service.json'), 'utf8'))

  it('writes a default config with a random secret and a new Ed25519 identity', async () => {
    const res = await cli(['-c', dir, 'init'], { env: { CLUSTER_SECRET: undefined } })
    assert.equal(res.code, 0, res.stderr)
    assert.equal(res.stderr, `ipfs-cluster-service configuration written to ${join(dir, 'service.json')}\n`)
    const json = await conf()
    assert.match(json.cluster.secret, /^[0-9a-f]{64}$/)
    assert.match(json.cluster.id, /^12D3KooW/)
    assert.deepEqual(Object.keys(json), ['cluster', 'consensus', 'api', 'ipfs_connector', 'pin_tracker', 'monitor', 'informer', 'observations', 'supervisor'])
  })

  it('refuses to overwrite without -f; -f overwrites and keeps the identity', async () => {
    assert.equal((await cli(['-c', dir, 'init'])).code, 0)
    const first = await conf()
    const again = await cli(['-c', dir, 'init'])
    assert.equal(again.code, 1)
    assert.equal(again.stderr, `error : ${join(dir, 'service.json')} exists. Try running: ipfs-cluster-service -f init\n`)
    assert.deepEqual(await conf(), first, 'nothing changed')
    for (const args of [['-c', dir, '-f', 'init'], ['-c', dir, 'init', '-f']]) {
      assert.equal((await cli(args)).code, 0)
      const after = await conf()
      assert.equal(after.cluster.id, first.cluster.id)
      assert.equal(after.cluster.private_key, first.cluster.private_key)
      assert.notEqual(after.cluster.secret, first.cluster.secret)
    }
  })

  it('honours CLUSTER_SECRET, lower-cased, and an empty one with a warning', async () => {
    assert.equal((await cli(['-c', dir, 'init'], { env: { CLUSTER_SECRET: SECRET } })).code, 0)
    assert.equal((await conf()).cluster.secret, SECRET.toLowerCase())
    const empty = await cli(['-c', dir, '-f', 'init'], { env: { CLUSTER_SECRET: '' } })
    assert.match(empty.stderr, /Cluster secret is empty, cluster will start on unprotected network\./)
    assert.equal((await conf()).cluster.secret, '')
  })

  it('refuses a bad secret and writes nothing', async () => {
    const short = await cli(['-c', dir, 'init'], { env: { CLUSTER_SECRET: 'abcd' } })
    assert.equal(short.code, 1)
    assert.equal(short.stderr, 'error parsing user-provided secret: input secret is 2 bytes, cluster secret should be 32\n')
    const bad = await cli(['-c', dir, 'init'], { env: { CLUSTER_SECRET: 'zz' + 'a'.repeat(62) } })
    assert.match(bad.stderr, /^error parsing user-provided secret: invalid hex: /)
    await assert.rejects(readFile(join(dir, 'service.json')), /ENOENT/)
  })

  it('prompts for --custom-secret', async () => {
    const res = await cli(['-c', dir, 'init', '--custom-secret'], { input: `${SECRET}\n` })
    assert.equal(res.code, 0, res.stderr)
    assert.equal(res.stdout, 'Enter cluster secret (32-byte hex string): ')
    assert.equal((await conf()).cluster.secret, SECRET.toLowerCase())
  })

  it('writes CLUSTER_* overrides into the file, and refuses a bad one', async () => {
    assert.equal((await cli(['-c', dir, 'init'], { env: { CLUSTER_PEERNAME: 'alpha', CLUSTER_REPLICATIONFACTORMIN: '2', CLUSTER_REPLICATIONFACTORMAX: '3' } })).code, 0)
    const json = await conf()
    assert.equal(json.cluster.peername, 'alpha')
    assert.equal(json.cluster.replication_factor_min, 2)
    const bad = await cli(['-c', dir, '-f', 'init'], { env: { CLUSTER_REPLICATIONFACTORMIN: 'x' } })
    assert.equal(bad.code, 1)
    assert.match(bad.stderr, /^error applying environment variables to configuration: CLUSTER_REPLICATIONFACTORMIN \(cluster.replication_factor_min\): expected an integer, got "x"/)
  })

  it('takes the identity from a v1.x identity.json', async () => {
    const identity = { id: '12D3KooWCLKKDpG1EndPjLYzsqzoqEUBwF2CNyCVdvMVci2x1ppS', private_key: 'CAESQOlnuLttGxDhIak0xsgEoHpQEHYrxOA5cCaJ1rFDP8hCJWOSP00t7dIw++QWdEKL9JJaOWzQD414N5tvsnATICs=' }
    await writeFile(join(dir, 'identity.json'), JSON.stringify(identity))
    const res = await cli(['-c', dir, 'init'])
    assert.match(res.stderr, /using the identity in .*identity\.json/)
    assert.equal((await conf()).cluster.id, identity.id)
  })

  it('takes no arguments', async () => {
    assert.deepEqual(await cli(['-c', dir, 'init', 'http://x']), { code: 1, stdout: '', stderr: 'error : init takes no arguments\n' })
  })
})

describe('ipfs-cluster-service help, version and usage errors', () => {
  it('prints help and the version on stdout, exit 0', async () => {
    for (const args of [['-h'], ['--help'], ['help'], ['h']]) {
      const res = await cli(args)
      assert.equal(res.code, 0)
      assert.match(res.stdout, /^NAME:\n {3}ipfs-cluster-service - IPFS Cluster node\n/)
    }
    assert.match((await cli(['init', '-h'])).stdout, /ipfs-cluster-service init - create a default configuration and exit/)
    assert.match((await cli(['help', 'state'])).stdout, /ipfs-cluster-service state - Manage ipfs-cluster-state/)
    assert.match((await cli(['--version'])).stdout, /^ipfs-cluster-service version \d+\.\d+\.\d+\n$/)
    assert.match((await cli(['version'])).stdout, /^\d+\.\d+\.\d+\n$/)
  })

  it('exits 1 on an unknown flag, a missing value, an unknown command or a bad log level', async () => {
    const flag = await cli(['--bogus'])
    assert.equal(flag.code, 1)
    assert.match(flag.stderr, /^Incorrect Usage: flag provided but not defined: -bogus\n\nNAME:/)
    assert.match((await cli(['--config'])).stderr, /^Incorrect Usage: flag needs an argument: -config/)
    assert.deepEqual(await cli(['frobnicate']), { code: 1, stdout: '', stderr: 'error : unknown subcommand. Run "ipfs-cluster-service help" for more info\n' })
    assert.equal((await cli(['-l', 'a:b:c', 'version'])).stderr, 'error : log level not in expected format "identifier:loglevel" or "loglevel"\n')
    assert.equal((await cli(['-l', 'loud', 'version'])).stderr, 'error : invalid log level "loud" for all\n')
    assert.equal((await cli(['--log-format', 'xml', 'version'])).stderr, 'error : invalid log format "xml"\n')
  })
})
