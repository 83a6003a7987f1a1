import assert from 'node:assert/strict'
import {
  allocationStrategy, HIDDEN, InvalidConfigError, InvalidParametersError, mapTrackerSection, parseConfig, redactedConfig,
  resolvePath, restApiSection, withAllocationStrategy
} from '../../src/index.js'
import { defaultFile, errorOf } from './fixtures.js'

describe('config: helpers for the processes', () => {
  it('--alloc picks the informer and forces the disk metric (cli.md §2.2)', async () => {
    const { config } = parseConfig(defaultFile())
    assert.deepEqual(allocationStrategy('numpin'), { informer: 'numpin' })
    assert.deepEqual(allocationStrategy('pincount'), { informer: 'numpin' })
    assert.equal(withAllocationStrategy(config, allocationStrategy('disk-reposize')).disk.metricType, 'reposize')
    const reposize = { ...config, disk: { ...config.disk, metricType: 'reposize' as const } }
    assert.equal(withAllocationStrategy(reposize, allocationStrategy('disk')).disk.metricType, 'freespace')
    const err = await errorOf(() => allocationStrategy('toString'))
    assert.ok(err instanceof InvalidParametersError)
    assert.equal(err.message, 'unknown allocation strategy: toString')
  })

  it('hides the secret, the private key and passwords in the debug dump', () => {
    const file = defaultFile()
    file.api.restapi.basic_auth_credentials = { alice: 'pw' }
    const shown = redactedConfig(parseConfig(file).config) as any
    assert.equal(shown.cluster.secret, HIDDEN)
    assert.equal(shown.cluster.private_key, HIDDEN)
    assert.deepEqual(shown.api.restapi.basic_auth_credentials, { alice: HIDDEN })
    assert.equal(shown.cluster.id, file.cluster.id)
  })

  it('lets a service parse its own section (conventions §9)', async () => {
    assert.equal(mapTrackerSection.configKey, 'pin_tracker.maptracker')
    assert.equal(mapTrackerSection.parse({ concurrent_pins: 3 }).concurrentPins, 3)
    assert.deepEqual(mapTrackerSection.toJSON(mapTrackerSection.defaults()), defaultFile().pin_tracker.maptracker)
    assert.deepEqual(mapTrackerSection.env.map(v => v.name).slice(0, 2), ['CLUSTER_MAPTRACKER_PINNINGTIMEOUT', 'CLUSTER_MAPTRACKER_UNPINNINGTIMEOUT'])
    assert.equal(mapTrackerSection.applyEnv(mapTrackerSection.defaults(), { CLUSTER_MAPTRACKER_CONCURRENTPINS: '7' }).concurrentPins, 7)
    const err = await errorOf(() => restApiSection.parse({ ssl_key_file: 'k.pem' }))
    assert.ok(err instanceof InvalidConfigError)
    assert.equal(err.message, 'api.restapi.ssl_key_file: ssl_cert_file and ssl_key_file must be set together')
  })

  it('resolves relative paths against the config folder', () => {
    assert.equal(resolvePath('/home/u/.ipfs-cluster', 'ipfs-repo'), '/home/u/.ipfs-cluster/ipfs-repo')
    assert.equal(resolvePath('/home/u/.ipfs-cluster', '/var/lib/raft'), '/var/lib/raft')
  })
})
