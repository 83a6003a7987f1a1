import assert from 'node:assert/strict'
import { chmod, mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { removeDir, shortTmpDir } from '@ipfscluster/testing'
import { InvalidConfigError, loadConfig, saveConfig, withMembership, parseJson } from '../../src/index.js'
import { defaultFile, errorOf, PEER, RSA, SECRET, VECTOR, writeServiceJson } from './fixtures.js'

/** A file in the writer's format with what a save must keep: unknown sections and keys, odd order, legacy keys, number literals, /ipfs/ addresses. */
const KEEP = `{
  "datastore": {
    "badger": {
      "gc_interval": "15m0s"
    }
  },
  "cluster": {
    "peername": "p1",
    "secret": "${SECRET}",
    "id": "${VECTOR.id}",
    "private_key": "${VECTOR.privateKey}",
    "peers": ["/ip4/10.0.0.3/tcp/9096/ipfs/${RSA.id}"],
    "replication_factor": -1,
    "mdns_interval": "0s",
    "state_sync_interval": "1m0s"
  },
  "observations": {
    "tracing": {
      "sampling_prob": 0.30,
      "jaeger_agent_endpoint": "/ip4/0.0.0.0/udp/6831"
    }
  },
  "consensus": {
    "raft": {
      "trailing_logs": 1.024e4
    },
    "crdt": {
      "cluster_name": "x"
    }
  }
}
`

describe('config: loading and saving (config.md §2, §7)', () => {
  let folder: string
  beforeEach(async () => { folder = await shortTmpDir('cfg') })
  afterEach(async () => { await removeDir(folder) })

  it('a missing file → the exact message', async () => {
    const err = await errorOf(() => loadConfig(folder))
    assert.ok(err instanceof InvalidConfigError)
    assert.equal(err.message, `${folder}/service.json does not exist. Run "ipfs-cluster-service init" first`)
  })

  it('keeps what it does not use, and says so', async () => {
    await writeServiceJson(folder, KEEP)
    const { config, notices } = await loadConfig(folder, { env: {} })
    assert.equal(config.raft.trailingLogs, 10240)
    assert.equal(config.tracing.samplingProb, 0.3)
    assert.deepEqual(config.cluster.peers, [`/ip4/10.0.0.3/tcp/9096/p2p/${RSA.id}`])
    const warnings = notices.filter(n => n.level === 'warn').map(n => n.message)
    assert.deepEqual(warnings, [
      'configuration section "datastore" is not used by this implementation',
      'configuration section "consensus.crdt" is not used by this implementation',
      'unknown configuration key cluster.mdns_interval ignored',
      'observations.tracing.jaeger_agent_endpoint is not used; set otlp_endpoint'
    ])
    const infos = notices.filter(n => n.level === 'info').map(n => n.message)
    assert.ok(infos.includes('supervisor section is empty, generating default'))
    assert.ok(infos.includes('observations.metrics section is empty, generating default'))
  })

  it('an unchanged save writes the same bytes', async () => {
    await writeServiceJson(folder, KEEP)
    const loaded = await loadConfig(folder, { env: {} })
    const { peers, bootstrap, leaveOnShutdown } = loaded.config.cluster
    await saveConfig(loaded, { peers, bootstrap, leaveOnShutdown })
    // /ipfs/ is written as /p2p/ (config.md §2); all else byte for byte
    assert.equal(await readFile(loaded.file, 'utf8'), KEEP.replace('/ipfs/', '/p2p/'))
  })

  it('a save changes only peers, bootstrap and leave_on_shutdown', async () => {
    await writeServiceJson(folder, KEEP)
    const loaded = await loadConfig(folder, { env: {} })
    await saveConfig(loaded, { peers: [], bootstrap: [PEER], leaveOnShutdown: true })
    const expected = KEEP
      .replace(`"peers": ["/ip4/10.0.0.3/tcp/9096/ipfs/${RSA.id}"],`, '"peers": [],')
      .replace('"state_sync_interval": "1m0s"\n', `"state_sync_interval": "1m0s",\n    "bootstrap": ["${PEER}"],\n    "leave_on_shutdown": true\n`)
    assert.equal(await readFile(loaded.file, 'utf8'), expected)
    const again = await loadConfig(folder, { env: {} })
    assert.deepEqual(again.config.cluster.bootstrap, [PEER])
    assert.equal(again.config.cluster.leaveOnShutdown, true)
  })

  it('replaces present keys where they stand and does not add keys at their default', () => {
    const raw = parseJson('{"cluster": {"leave_on_shutdown": true, "peers": null, "id": "x"}}') as any
    const out = withMembership(raw, { peers: [PEER], bootstrap: [], leaveOnShutdown: false }) as any
    assert.deepEqual(Object.keys(out.cluster), ['leave_on_shutdown', 'peers', 'id'])
    assert.deepEqual(out.cluster.peers, [PEER])
    assert.equal(out.cluster.leave_on_shutdown, false)
    assert.equal(raw.cluster.peers, null, 'the JSON as read is not modified')
  })

  it('never persists environment overrides', async () => {
    await writeServiceJson(folder, defaultFile())
    const before = await readFile(join(folder, 'service.json'), 'utf8')
    const loaded = await loadConfig(folder, { env: { CLUSTER_PEERNAME: 'from-env', CLUSTER_SECRET: '', CLUSTER_PEERS: PEER } })
    assert.equal(loaded.config.cluster.peername, 'from-env')
    assert.deepEqual(loaded.config.cluster.peers, [PEER])
    await saveConfig(loaded, { peers: [], bootstrap: [], leaveOnShutdown: false })
    const after = JSON.parse(await readFile(loaded.file, 'utf8'))
    assert.deepEqual(after, JSON.parse(before))
    assert.equal(after.cluster.secret, defaultFile().cluster.secret)
  })

  it('writes atomically with mode 0600 and leaves no temporary file', async () => {
    await writeServiceJson(folder, defaultFile())
    await chmod(join(folder, 'service.json'), 0o644)
    await writeFile(join(folder, 'service.json.tmp'), 'stale', { mode: 0o644 })
    const loaded = await loadConfig(folder, { env: {} })
    await saveConfig(loaded, { peers: [PEER], bootstrap: [], leaveOnShutdown: false })
    assert.equal((await stat(loaded.file)).mode & 0o777, 0o600)
    assert.deepEqual((await readdir(folder)).sort(), ['service.json'])
    const text = await readFile(loaded.file, 'utf8')
    assert.ok(text.endsWith('}\n'))
    assert.match(text, /^\{\n {2}"cluster": \{\n {4}"id"/)
  })

  it('checks the paths it names before anything starts', async () => {
    await writeFile(join(folder, 'ipfs-cluster-data'), 'a file in the way')
    await writeServiceJson(folder, defaultFile())
    assert.equal((await errorOf(() => loadConfig(folder, { env: {} }))).message,
      `consensus.raft.data_folder: cannot create data folder: ${folder}/ipfs-cluster-data is not a folder`)

    const file = defaultFile()
    file.consensus.raft.data_folder = 'data/raft'
    file.api.restapi.ssl_cert_file = 'tls/cert.pem'
    file.api.restapi.ssl_key_file = 'tls/key.pem'
    await writeServiceJson(folder, file)
    const err = await errorOf(() => loadConfig(folder, { env: {} }))
    assert.match(err.message, /^api\.restapi\.ssl_cert_file: error loading TLS certificate\/key: ENOENT: no such file or directory/)

    await mkdir(join(folder, 'tls'))
    await writeFile(join(folder, 'tls/cert.pem'), 'not a certificate')
    assert.match((await errorOf(() => loadConfig(folder, { env: {} }))).message, /^api\.restapi\.ssl_cert_file: error loading TLS certificate\/key: /)
  })
})
