import assert from 'node:assert/strict'
import { removeDir, shortTmpDir } from '@ipfscluster/testing'
import { loadConfig, parseConfig, parseJson, plain } from '../../src/index.js'
import { defaultFile, errorOf, RSA, SEED_031_TEXT, writeServiceJson } from './fixtures.js'

const warnings = (file: object): string[] => parseConfig(file).notices.filter(n => n.level === 'warn').map(n => n.message)

describe('config: older files and layouts', () => {
  it('loads a seed-era 0.3.1 file, missing keys and sections at their defaults', async () => {
    const folder = await shortTmpDir('cfg')
    try {
      await writeServiceJson(folder, SEED_031_TEXT)
      const { config, notices } = await loadConfig(folder, { env: {} })
      assert.equal(config.cluster.id, RSA.id)
      assert.equal(config.cluster.replicationFactorMin, -1)
      assert.equal(config.cluster.replicationFactorMax, -1)
      assert.equal(config.cluster.pinRecoverInterval, 12 * 60_000)
      assert.equal(config.cluster.peerWatchInterval, 5000)
      assert.equal(config.restapi.readTimeout, 30_000, 'seed values are kept')
      assert.equal(config.ipfshttp.connectSwarmsDelay, 7000)
      assert.equal(config.raft.waitForLeaderTimeout, 15_000)
      assert.equal(config.raft.backupsRotate, 5)
      assert.equal(config.maptracker.concurrentPins, 10)
      assert.equal(config.tracing.serviceName, 'ipfs-cluster')
      assert.equal(config.supervisor.maxRestarts, 10)
      assert.deepEqual(notices.filter(n => n.level === 'info').map(n => n.message), [
        'pin_tracker.maptracker section is empty, generating default',
        'observations.metrics section is empty, generating default',
        'observations.tracing section is empty, generating default',
        'supervisor section is empty, generating default'
      ])
      assert.deepEqual(notices.filter(n => n.level === 'warn'), [])
      assert.ok(notices.some(n => n.level === 'debug' && n.message === 'cluster.pin_recover_interval not set, using the default'))
    } finally {
      await removeDir(folder)
    }
  })

  it('reads 0.3.1 replication_factor 0 as -1 with a warning', () => {
    const file = plain(parseJson(SEED_031_TEXT)) as any
    file.cluster.replication_factor = 0
    const { config, notices } = parseConfig(file)
    assert.equal(config.cluster.replicationFactorMin, -1)
    assert.ok(notices.some(n => n.message === 'Replication factor set to -1 (pin everywhere)'))
    file.cluster.replication_factor = 3
    assert.equal(parseConfig(file).config.cluster.replicationFactorMax, 3)
  })

  it('treats null as missing, except for basic_auth_credentials', () => {
    const file = defaultFile()
    file.cluster.state_sync_interval = null
    file.consensus.raft = null
    file.api.restapi.basic_auth_credentials = null
    const { config } = parseConfig(file)
    assert.equal(config.cluster.stateSyncInterval, 60_000)
    assert.equal(config.raft.heartbeatTimeout, 1000)
    assert.equal(config.restapi.basicAuthCredentials, null)
  })

  it('warns about unknown keys, unused sections and unused v1.x keys', () => {
    const file = defaultFile()
    file.cluster.replicaton_factor_min = 2
    file.consensus.crdt = { cluster_name: 'c' }
    file.consensus.raft.datastore_namespace = '/raft'
    file.pin_tracker.stateless = {}
    file.api.restapi.basic_auth_credentials = { alice: '' }
    assert.deepEqual(warnings(file), [
      'configuration section "consensus.crdt" is not used by this implementation',
      'configuration section "pin_tracker.stateless" is not used by this implementation',
      'unknown configuration key cluster.replicaton_factor_min ignored',
      'consensus.raft.datastore_namespace is not used',
      'user "alice" has an empty password and cannot log in'
    ])
  })

  it('takes the v1.x REST API listener name and refuses empty libp2p keys silently', () => {
    const file = defaultFile()
    delete file.api.restapi.listen_multiaddress
    file.api.restapi.http_listen_multiaddress = '/ip4/127.0.0.1/tcp/19094'
    file.api.restapi.id = ''
    file.api.restapi.libp2p_listen_multiaddress = []
    const { config, notices } = parseConfig(file)
    assert.deepEqual(config.restapi.listenMultiaddress, ['/ip4/127.0.0.1/tcp/19094'])
    assert.deepEqual(notices.filter(n => n.level === 'warn'), [])
  })

  it('takes the proxy from a v1.x api.ipfsproxy section', async () => {
    const file = defaultFile()
    file.ipfs_connector.ipfshttp = { node_multiaddress: '/ip4/127.0.0.1/tcp/5001' }
    file.api.ipfsproxy = { listen_multiaddress: '/ip4/127.0.0.1/tcp/19095', node_multiaddress: '/ip4/127.0.0.1/tcp/5001', read_timeout: '1m0s', extract_headers_extra: ['X-A'] }
    const { config } = parseConfig(file)
    assert.deepEqual(config.ipfshttp.proxyListenMultiaddress, ['/ip4/127.0.0.1/tcp/19095'])
    assert.equal(config.ipfshttp.proxyReadTimeout, 60_000)
    assert.deepEqual(config.ipfshttp.proxyExtractHeadersExtra, ['X-A'])
    assert.equal(config.ipfshttp.proxyIdleTimeout, 60_000)

    file.api.ipfsproxy.node_multiaddress = '/ip4/10.0.0.1/tcp/5001'
    assert.equal((await errorOf(() => parseConfig(file))).message, 'api.ipfsproxy.node_multiaddress must equal ipfs_connector.ipfshttp.node_multiaddress')
    file.api.ipfsproxy.node_multiaddress = '/ip4/127.0.0.1/tcp/5001'
    file.api.ipfsproxy.read_timeout = 'x'
    assert.equal((await errorOf(() => parseConfig(file))).message, 'api.ipfsproxy.read_timeout: invalid duration "x"')
  })

  it('uses a v1.x monitor.pubsubmon check_interval when monbasic is absent', () => {
    const file = defaultFile()
    file.monitor = { pubsubmon: { check_interval: '2s', failure_threshold: 3 } }
    assert.equal(parseConfig(file).config.monbasic.checkInterval, 2000)
    file.monitor.monbasic = { check_interval: '3s' }
    const { config, notices } = parseConfig(file)
    assert.equal(config.monbasic.checkInterval, 3000)
    assert.ok(notices.some(n => n.message === 'configuration section "monitor.pubsubmon" is not used by this implementation'))
  })

  it('starts the Pinning Service API only when its section exists; the embedded node only when enabled', () => {
    const none = parseConfig(defaultFile()).config
    assert.equal(none.pinsvcapi, undefined)
    assert.equal(none.embedded.enabled, false)
    const file = defaultFile()
    file.api.pinsvcapi = {}
    file.ipfs_connector.embedded = { enabled: true, storage_max: '500MiB' }
    const { config, notices } = parseConfig(file)
    assert.deepEqual(config.pinsvcapi?.listenMultiaddress, ['/ip4/127.0.0.1/tcp/9097'])
    assert.deepEqual(config.embedded, { enabled: true, repoPath: 'ipfs-repo', listenMultiaddress: ['/ip4/0.0.0.0/tcp/4001'], storageMax: 500 * 1024 ** 2 })
    assert.ok(!notices.some(n => n.level === 'info' && n.message.startsWith('ipfs_connector.embedded')))
    assert.equal(parseConfig(defaultFile(), { env: { CLUSTER_EMBEDDED_ENABLED: 'true' } }).config.embedded.enabled, true)
  })

  it('reads the embedded storage_max in Kubo syntax', async () => {
    const file = defaultFile()
    for (const [size, bytes] of [['10GB', 1e10], ['1024', 1024], ['2kb', 2000], [4096, 4096], ['1 TiB', 1024 ** 4]] as const) {
      file.ipfs_connector.embedded = { storage_max: size }
      assert.equal(parseConfig(file).config.embedded.storageMax, bytes, String(size))
    }
    file.ipfs_connector.embedded = { storage_max: '10 parsecs' }
    assert.equal((await errorOf(() => parseConfig(file))).message, 'ipfs_connector.embedded.storage_max: invalid size "10 parsecs" (e.g. "10GB", "500MiB")')
  })

  it('reads /unix/ addresses the Go way', () => {
    const file = defaultFile()
    file.api.restapi.listen_multiaddress = '/unix/run/cluster/api.sock'
    file.ipfs_connector.ipfshttp.node_multiaddress = '/unix/%2Frun%2Fipfs.sock'
    const { config } = parseConfig(file)
    assert.deepEqual(config.restapi.listenMultiaddress, ['/unix/%2Frun%2Fcluster%2Fapi.sock'])
    assert.equal(config.ipfshttp.nodeMultiaddress, '/unix/%2Frun%2Fipfs.sock')
  })
})
