import assert from 'node:assert/strict'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { waitFor } from '@ipfscluster/testing'
import { cidOf } from './storage/helpers.js'
import { ConsensusCluster } from './support/cluster.js'
import { testPin, type TestNode } from './support/nodes.js'

describe('consensus processes, three peers over the real relay', function () {
  this.timeout(180_000)
  let cluster: ConsensusCluster

  before(async () => {
    cluster = await ConsensusCluster.create(3)
    await cluster.start()
  })

  after(async () => { await cluster?.close() })

  /** Waits until `node` holds the pin of `seed`. */
  async function holds (node: TestNode, seed: number): Promise<void> {
    await waitFor(async () => (await cluster.consensus(node).PinGet({ cid: cidOf(seed).bytes, linearizable: false }).catch(() => undefined)) !== undefined,
      { timeout: 20_000, what: `pin ${seed} on ${node.name}` })
  }

  it('elects one leader that every peer knows', async () => {
    const leader = await cluster.leader()
    for (const n of cluster.nodes) assert.deepEqual((await cluster.consensus(n).Peers({})).peers, cluster.nodes.map(p => p.id).sort())
    assert.match(leader.consensus?.output() ?? '', /Raft Leader elected/)
  })

  it('a follower forwards LogPin to the leader; the pin reaches every peer', async () => {
    const leader = await cluster.leader()
    const follower = cluster.nodes.find(n => n !== leader) as TestNode
    const index = Number((await cluster.consensus(follower).LogPin({ pin: testPin(1) })).index)
    assert.ok(index > 1)
    for (const n of cluster.nodes) await holds(n, 1)
    const linear = await cluster.consensus(follower).PinGet({ cid: cidOf(1).bytes, linearizable: true })
    assert.equal(linear.pin?.name, 'pin 1')
    await cluster.consensus(follower).LogUnpin({ pin: { cid: cidOf(1).bytes } })
    for (const n of cluster.nodes) {
      await waitFor(async () => (await cluster.consensus(n).PinGet({ cid: cidOf(1).bytes, linearizable: false }).catch(() => undefined)) === undefined,
        { timeout: 20_000, what: `pin 1 gone from ${n.name}` })
    }
  })

  it('removes a peer through a follower, then adds it back as a voter', async () => {
    const leader = await cluster.leader()
    const [follower, other] = cluster.nodes.filter(n => n !== leader)
    await cluster.consensus(follower).RmPeer({ peer_id: other.id })
    for (const n of [leader, follower]) {
      await waitFor(async () => !(await cluster.consensus(n).Peers({})).peers.includes(other.id), { timeout: 20_000, what: `${other.name} removed on ${n.name}` })
    }
    // Two voters now: both must agree for a commit.
    await cluster.consensus(leader).LogPin({ pin: testPin(2) })
    await holds(follower, 2)
    await cluster.consensus(leader).AddPeer({ peer_id: other.id })
    const st = await cluster.consensus(leader).Status({})
    assert.ok(st.configuration?.voters.includes(other.id))
    await holds(other, 2)
  })

  it('a removed peer rotates its data folder to .old.0 when it stops', async () => {
    const leader = await cluster.leader()
    const removed = cluster.nodes.find(n => n !== leader) as TestNode
    await cluster.consensus(leader).RmPeer({ peer_id: removed.id })
    await waitFor(async () => (await cluster.consensus(removed).Status({})).configuration?.voters.includes(removed.id) === false,
      { timeout: 20_000, what: 'the removal applied on the removed peer' })
    assert.equal(await removed.consensus?.stop('SIGTERM'), 0)
    assert.equal(existsSync(join(removed.dir, 'ipfs-cluster-data')), false)
    assert.equal(existsSync(join(removed.dir, 'ipfs-cluster-data.old.0', 'FORMAT')), true)
    assert.match(removed.consensus?.output() ?? '', /data folder rotated/)
  })
})
