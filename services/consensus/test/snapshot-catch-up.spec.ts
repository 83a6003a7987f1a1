import assert from 'node:assert/strict'
import { join } from 'node:path'
import { listedPins } from '@ipfscluster/proto'
import { waitFor } from '@ipfscluster/testing'
import { importState } from '../src/storage/index.js'
import { cidOf } from './storage/helpers.js'
import { ConsensusCluster } from './support/cluster.js'
import { testPin, type TestNode } from './support/nodes.js'

const PINS = 100_000

/** NDJSON of `n` pins, as `state export` writes them (only the fields import needs). */
function * exportLines (n: number): Generator<string> {
  for (let i = 0; i < n; i++) yield `{"cid":"${cidOf(`big-${i}`).toString()}","name":"big ${i}","replication_factor_min":-1,"replication_factor_max":-1}\n`
}

describe(`consensus processes: a 4th peer catches up with ${PINS} pins through a snapshot`, function () {
  this.timeout(600_000)
  let cluster: ConsensusCluster
  let newcomer: TestNode

  before(async () => {
    cluster = await ConsensusCluster.create(3)
    // The cluster is seeded as consensus.md §9 says: the same import on every peer (a snapshot at index 1).
    const voters = cluster.nodes.map(n => n.id)
    for (const n of cluster.nodes) {
      await importState(join(n.dir, 'ipfs-cluster-data'), exportLines(PINS), { peers: voters, backupsRotate: 5, defaultReplicationMin: -1, defaultReplicationMax: -1 })
    }
    newcomer = await cluster.add({ bootstrap: [cluster.nodes[0].addr] })
    await cluster.start()
    const addresses = cluster.nodes.map(n => n.addr)
    for (const n of cluster.nodes) await cluster.pm(n).ImportAddresses({ addresses })
  })

  after(async () => { await cluster?.close() })

  it('starts in join mode, is added as a learner, installs the snapshot and becomes a voter', async () => {
    const members = cluster.nodes.slice(0, 3)
    const leader = await cluster.leader(members)
    // some pins also go through the log after the seed
    await Promise.all([0, 1, 2, 3, 4].map(async i => cluster.consensus(leader).LogPin({ pin: testPin(`log-${i}`) })))
    assert.equal((await cluster.consensus(newcomer).Status({})).role, 'RAFT_ROLE_JOINING')
    const started = performance.now()
    await cluster.consensus(members.find(n => n !== leader) as TestNode).AddPeer({ peer_id: newcomer.id }, { timeout: 120_000 })
    const c = cluster.consensus(newcomer)
    await waitFor(async () => Number((await c.Status({})).applied_index) >= Number((await cluster.consensus(leader).Status({})).commit_index),
      { timeout: 120_000, what: 'the newcomer applied everything' })
    const seconds = ((performance.now() - started) / 1000).toFixed(1)
    const st = await c.Status({})
    assert.ok(st.configuration?.voters.includes(newcomer.id))
    assert.ok(Number(st.snapshot_index) >= 1)
    assert.match(newcomer.consensus?.output() ?? '', /snapshot installed/)
    assert.match(leader.consensus?.output() ?? '', /sending snapshot/)
    let count = 0
    for await (const _ of listedPins(c.List({ linearizable: false, types: [] }))) count++
    assert.equal(count, PINS + 5)
    assert.equal((await c.PinGet({ cid: cidOf('big-99999').bytes, linearizable: false })).pin?.name, 'big 99999')
    assert.equal((await c.PinGet({ cid: cidOf('log-4').bytes, linearizable: false })).pin?.name, 'pin log-4')
    console.log(`      catch-up of ${PINS} pins: ${seconds} s`)
  })

  it('removing a peer shrinks the quorum: two of the original four peers commit alone', async () => {
    const leader = await cluster.leader()
    const [keep, ...others] = cluster.nodes.filter(n => n !== leader)
    await cluster.consensus(keep).RmPeer({ peer_id: others[0].id })
    await waitFor(async () => (await cluster.consensus(leader).Peers({})).peers.length === 3, { what: 'three peers left' })
    // 4 voters need 3 for a quorum; after the removal 3 voters need 2: the leader and `keep`
    await Promise.all(others.map(async n => cluster.killConsensus(n)))
    const index = Number((await cluster.consensus(leader).LogPin({ pin: testPin('after-shrink') })).index)
    assert.ok(index > 0)
    await waitFor(async () => (await cluster.consensus(keep).PinGet({ cid: cidOf('after-shrink').bytes, linearizable: false }).catch(() => undefined)) !== undefined,
      { what: 'the pin on the other survivor' })
  })
})
