import assert from 'node:assert/strict'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { generateIdentity, InvalidConfigError } from '@ipfscluster/chassis'
import { loadSettings, type ConsensusSettings } from '../src/settings.js'
import { captureAsync } from './storage/helpers.js'

const OTHER = '12D3KooWCLKKDpG1EndPjLYzsqzoqEUBwF2CNyCVdvMVci2x1ppS'

describe('consensus settings: the first configuration (consensus.md §4)', () => {
  let dir: string
  let id: string

  async function write (cluster: Record<string, unknown>, raft: Record<string, unknown> = {}): Promise<void> {
    const identity = await generateIdentity()
    id = identity.id
    await writeFile(join(dir, 'service.json'), JSON.stringify({ cluster: { id, private_key: identity.privateKey, secret: '', ...cluster }, consensus: { raft } }))
  }

  /** Loads with the config notices kept out of the test output. */
  async function load (env: Record<string, string> = {}): Promise<ConsensusSettings> {
    return (await captureAsync(async () => loadSettings(dir, env))).result
  }

  beforeEach(async () => { dir = await mkdtemp(join(tmpdir(), 'cs-settings-')) })
  afterEach(async () => { await rm(dir, { recursive: true, force: true }) })

  it('no peers, no bootstrap: self alone', async () => {
    await write({})
    const s = await load()
    assert.deepEqual(s.start, { mode: 'static', voters: [id] })
    assert.equal(s.dataFolder, join(dir, 'ipfs-cluster-data'))
  })

  it('cluster.peers: their IDs and self, sorted', async () => {
    await write({ peers: [`/ip4/10.0.0.2/tcp/9096/p2p/${OTHER}`] })
    const s = await load()
    assert.deepEqual(s.start, { mode: 'static', voters: [id, OTHER].sort() })
  })

  it('cluster.bootstrap without peers: join mode', async () => {
    await write({ bootstrap: [`/ip4/10.0.0.2/tcp/9096/p2p/${OTHER}`] })
    assert.deepEqual((await load()).start, { mode: 'join' })
  })

  it('init_peerset stands in for empty peers; data_folder is relative to the config folder', async () => {
    await write({}, { init_peerset: [OTHER], data_folder: 'raftdata' })
    const s = await load()
    assert.deepEqual(s.start, { mode: 'static', voters: [id, OTHER].sort() })
    assert.equal(s.dataFolder, join(dir, 'raftdata'))
  })

  it('a bad consensus.raft value is refused with its key', async () => {
    await write({}, { heartbeat_timeout: '2s', election_timeout: '2s', leader_lease_timeout: '3s' })
    await assert.rejects(load(), (err: Error) => err instanceof InvalidConfigError && /consensus\.raft\.leader_lease_timeout/.test(err.message))
  })
})
