import assert from 'node:assert/strict'
import { LAYOUT, parseConfig } from '../../src/index.js'
import { defaultFile, PEER, RSA } from './fixtures.js'

const PEER2 = `/ip4/10.0.0.4/tcp/9096/p2p/${RSA.id}`
const withEnv = (env: Record<string, string>, file = defaultFile()): ReturnType<typeof parseConfig> => parseConfig(file, { env })

describe('config: CLUSTER_* environment overrides (config.md §5)', () => {
  it('derives each name from the prefix and the key without underscores', () => {
    const names = Object.values(LAYOUT).flatMap(p => p.section.env.map(v => v.name))
    for (const name of ['CLUSTER_SECRET', 'CLUSTER_ID', 'CLUSTER_PRIVATEKEY', 'CLUSTER_LEAVEONSHUTDOWN', 'CLUSTER_DISABLEREPINNING',
      'CLUSTER_RAFT_DATAFOLDER', 'CLUSTER_RAFT_WAITFORLEADERTIMEOUT', 'CLUSTER_RESTAPI_HTTPLISTENMULTIADDRESS', 'CLUSTER_RESTAPI_BASICAUTHCREDENTIALS',
      'CLUSTER_PINSVCAPI_LISTENMULTIADDRESS', 'CLUSTER_IPFSHTTP_PINTIMEOUT', 'CLUSTER_IPFSPROXY_LISTENMULTIADDRESS', 'CLUSTER_IPFSPROXY_EXTRACTHEADERSTTL',
      'CLUSTER_MAPTRACKER_CONCURRENTPINS', 'CLUSTER_MONBASIC_CHECKINTERVAL', 'CLUSTER_DISK_METRICTYPE', 'CLUSTER_NUMPIN_METRICTTL',
      'CLUSTER_METRICS_ENABLESTATS', 'CLUSTER_TRACING_OTLPENDPOINT', 'CLUSTER_SUPERVISOR_MAXRESTARTS', 'CLUSTER_EMBEDDED_REPOPATH']) {
      assert.ok(names.includes(name), name)
    }
  })

  it('reads every value type', () => {
    const { config } = withEnv({
      CLUSTER_PEERNAME: 'env-peer', // string
      CLUSTER_IPFSHTTP_NODEMULTIADDRESS: '/dns4/ipfs/tcp/5001', // multiaddr
      CLUSTER_STATESYNCINTERVAL: '1m30s', // duration
      CLUSTER_LEAVEONSHUTDOWN: 'T', // bool, any case
      CLUSTER_DISABLEREPINNING: '1',
      CLUSTER_METRICS_ENABLESTATS: 'False',
      CLUSTER_RAFT_SNAPSHOTTHRESHOLD: '100', // int
      CLUSTER_TRACING_SAMPLINGPROB: '0.05', // number
      CLUSTER_PEERS: ` ${PEER} , ${PEER2}`, // list, items trimmed
      CLUSTER_BOOTSTRAP: '', // empty = []
      CLUSTER_LISTENMULTIADDRESS: '/ip4/0.0.0.0/tcp/9096,/ip6/::/tcp/9096', // multiaddr-or-list
      CLUSTER_RESTAPI_CORSALLOWEDORIGINS: 'https://a.example,https://b.example',
      CLUSTER_RESTAPI_BASICAUTHCREDENTIALS: 'alice:pa:ss,bob:pw', // object, split at the first colon
      CLUSTER_RESTAPI_HEADERS: 'X-A:1,X-B:2',
      CLUSTER_DISK_METRICTYPE: 'reposize'
    })
    assert.equal(config.cluster.peername, 'env-peer')
    assert.equal(config.ipfshttp.nodeMultiaddress, '/dns4/ipfs/tcp/5001')
    assert.equal(config.cluster.stateSyncInterval, 90_000)
    assert.equal(config.cluster.leaveOnShutdown, true)
    assert.equal(config.cluster.disableRepinning, true)
    assert.equal(config.metrics.enableStats, false)
    assert.equal(config.raft.snapshotThreshold, 100)
    assert.equal(config.tracing.samplingProb, 0.05)
    assert.deepEqual(config.cluster.peers, [PEER, PEER2])
    assert.deepEqual(config.cluster.bootstrap, [])
    assert.deepEqual(config.cluster.listenMultiaddress, ['/ip4/0.0.0.0/tcp/9096', '/ip6/::/tcp/9096'])
    assert.deepEqual(config.restapi.corsAllowedOrigins, ['https://a.example', 'https://b.example'])
    assert.deepEqual(config.restapi.basicAuthCredentials, { alice: 'pa:ss', bob: 'pw' })
    assert.deepEqual(config.restapi.headers, { 'X-A': ['1'], 'X-B': ['2'] })
    assert.equal(config.disk.metricType, 'reposize')
  })

  it('takes the v1.x names: http_listen_multiaddress and CLUSTER_IPFSPROXY_*', () => {
    const { config } = withEnv({
      CLUSTER_RESTAPI_HTTPLISTENMULTIADDRESS: '/ip4/127.0.0.1/tcp/1',
      CLUSTER_IPFSPROXY_LISTENMULTIADDRESS: '/ip4/127.0.0.1/tcp/2',
      CLUSTER_IPFSPROXY_READTIMEOUT: '1m0s'
    })
    assert.deepEqual(config.restapi.listenMultiaddress, ['/ip4/127.0.0.1/tcp/1'])
    assert.deepEqual(config.ipfshttp.proxyListenMultiaddress, ['/ip4/127.0.0.1/tcp/2'])
    assert.equal(config.ipfshttp.proxyReadTimeout, 60_000)
    // both names set: the current one wins
    const both = withEnv({ CLUSTER_IPFSPROXY_READTIMEOUT: '1m0s', CLUSTER_IPFSHTTP_PROXYREADTIMEOUT: '2s' })
    assert.equal(both.config.ipfshttp.proxyReadTimeout, 2000)
  })

  it('wins over the file and identity, and an empty secret is a warned choice', () => {
    const { config, notices } = withEnv({ CLUSTER_SECRET: '', CLUSTER_RAFT_DATAFOLDER: '/var/lib/raft' })
    assert.equal(config.cluster.secret, '')
    assert.equal(config.raft.dataFolder, '/var/lib/raft')
    assert.ok(notices.some(n => n.level === 'warn' && n.message === 'Cluster secret is empty, cluster will start on unprotected network.'))
  })

  it('warns about unknown variables under a known prefix, and leaves others alone', () => {
    const { notices } = withEnv({ CLUSTER_RESTAPI_FOO: '1', CLUSTER_RAFT_HEARTBEAT: '1s', CLUSTER_SOMETHING: 'x', HOME: '/root', CLUSTER_IPFSPROXY_NODEMULTIADDRESS: '/ip4/1.1.1.1/tcp/1' })
    assert.deepEqual(notices.filter(n => n.level === 'warn').map(n => n.message), [
      'unknown environment variable CLUSTER_IPFSPROXY_NODEMULTIADDRESS ignored',
      'unknown environment variable CLUSTER_RAFT_HEARTBEAT ignored',
      'unknown environment variable CLUSTER_RESTAPI_FOO ignored'
    ])
  })

  it('does not create api.pinsvcapi from variables (its presence starts it)', () => {
    const { config, notices } = withEnv({ CLUSTER_PINSVCAPI_LISTENMULTIADDRESS: '/ip4/127.0.0.1/tcp/9097', CLUSTER_EMBEDDED_REPOPATH: 'repo' })
    assert.equal(config.pinsvcapi, undefined)
    assert.equal(config.embedded.repoPath, 'repo')
    assert.deepEqual(notices.filter(n => n.level === 'warn').map(n => n.message), [
      'environment variable CLUSTER_PINSVCAPI_LISTENMULTIADDRESS ignored: section api.pinsvcapi is not configured'
    ])
    const file = defaultFile()
    file.api.pinsvcapi = {}
    assert.deepEqual(withEnv({ CLUSTER_PINSVCAPI_LISTENMULTIADDRESS: '/ip4/127.0.0.1/tcp/1' }, file).config.pinsvcapi?.listenMultiaddress, ['/ip4/127.0.0.1/tcp/1'])
  })
})
