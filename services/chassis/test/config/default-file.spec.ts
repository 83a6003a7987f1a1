import assert from 'node:assert/strict'
import { stat } from 'node:fs/promises'
import { join } from 'node:path'
import { removeDir, shortTmpDir } from '@ipfscluster/testing'
import {
  configToJSON, defaultConfig, initConfig, LAYOUT, loadConfig, parseConfig, parseJson, plain, stringifyJson, writeConfigFile
} from '../../src/index.js'
import { defaultFileText, SECRET, VECTOR } from './fixtures.js'

const init = { identity: VECTOR, secret: SECRET, peername: 'host1' }

/** Every key path of a JSON tree, in order. */
const keyPaths = (node: unknown, at = ''): string[] =>
  typeof node === 'object' && node !== null && !Array.isArray(node)
    ? Object.entries(node).flatMap(([k, v]) => [at + k, ...keyPaths(v, `${at}${k}.`)])
    : []

describe('config: the default file (config.md §6)', () => {
  let folder: string
  beforeEach(async () => { folder = await shortTmpDir('cfg') })
  afterEach(async () => { await removeDir(folder) })

  it('init writes §6 byte for byte: same keys, same order, same values', () => {
    const { json, notices } = initConfig(init, {})
    assert.deepEqual(keyPaths(json), keyPaths(JSON.parse(defaultFileText('host1'))))
    assert.equal(stringifyJson(json), defaultFileText('host1'))
    assert.deepEqual(notices, [])
  })

  it('takes the host name as the default peer name', async () => {
    const { hostname } = await import('node:os')
    assert.equal(defaultConfig({ identity: VECTOR, secret: SECRET }).cluster.peername, hostname())
  })

  it('loads back to the same configuration, with nothing to report', async () => {
    const { json, config } = initConfig(init)
    await writeConfigFile(join(folder, 'service.json'), json)
    const loaded = await loadConfig(folder, { env: {} })
    assert.deepEqual(loaded.config, config)
    assert.deepEqual(configToJSON(loaded.config), json)
    assert.deepEqual(loaded.notices.filter(n => n.level !== 'debug'), [])
    assert.equal((await stat(join(folder, 'service.json'))).mode & 0o777, 0o600)
  })

  it('applies CLUSTER_* variables at init and writes them (unlike later loads)', () => {
    const { json, config } = initConfig(init, { CLUSTER_PEERNAME: 'p9', CLUSTER_RAFT_HEARTBEATTIMEOUT: '2s', CLUSTER_RAFT_ELECTIONTIMEOUT: '2s' })
    assert.equal(config.raft.heartbeatTimeout, 2000)
    const raft = (json.consensus as any).raft
    assert.equal(raft.heartbeat_timeout, '2s')
    assert.equal((json.cluster as any).peername, 'p9')
  })

  it('gives each section defaults equal to the §6 values', () => {
    const file = plain(parseJson(defaultFileText('host1')))
    const { config } = parseConfig(file)
    for (const [prop, { section, use }] of Object.entries(LAYOUT)) {
      if (use !== 'default' || prop === 'cluster') continue
      assert.deepEqual(section.defaults(), (config as any)[prop], section.configKey)
    }
  })

  it('writes the embedded node section only when init changes it', () => {
    const off = initConfig(init, {}).json as any
    assert.equal(off.ipfs_connector.embedded, undefined)
    const on = initConfig(init, { CLUSTER_EMBEDDED_ENABLED: 'true' }).json as any
    assert.deepEqual(on.ipfs_connector.embedded, { enabled: true, repo_path: 'ipfs-repo', listen_multiaddress: '/ip4/0.0.0.0/tcp/4001', storage_max: '10GB' })
  })

  it('leaves the omitted-when-empty keys out, and writes them once set', () => {
    const { config } = initConfig(init)
    const json = configToJSON({
      ...config,
      raft: { ...config.raft, dataFolder: 'data' },
      ipfshttp: { ...config.ipfshttp, nodeHttps: true },
      restapi: { ...config.restapi, sslCertFile: 'c.pem', sslKeyFile: 'k.pem', listenMultiaddress: ['/ip4/127.0.0.1/tcp/1', '/ip6/::1/tcp/1'] }
    }) as any
    assert.equal(json.consensus.raft.data_folder, 'data')
    assert.equal(json.ipfs_connector.ipfshttp.node_https, true)
    assert.equal(json.ipfs_connector.ipfshttp.unpin_disable, undefined)
    assert.deepEqual(json.api.restapi.listen_multiaddress, ['/ip4/127.0.0.1/tcp/1', '/ip6/::1/tcp/1'])
    assert.equal(json.api.restapi.ssl_cert_file, 'c.pem')
  })
})
