import assert from 'node:assert/strict'
import { listedPins } from '@ipfscluster/proto'
import { waitFor } from '@ipfscluster/testing'
import { cidOf } from './storage/helpers.js'
import { ConsensusCluster } from './support/cluster.js'
import { runLoad, type LoadResult } from './support/load.js'
import { startConsensus, type TestNode } from './support/nodes.js'
import { fullHistory, Watcher } from './support/watcher.js'

/** Sorted CID strings of every pin `node` holds. */
async function pinset (cluster: ConsensusCluster, node: TestNode): Promise<string[]> {
  const out: string[] = []
  for await (const pin of listedPins(cluster.consensus(node).List({ linearizable: false, types: [] }))) out.push(Buffer.from(pin.cid).toString('hex'))
  return out.sort()
}

describe('consensus processes: kill -9 of the leader during 1 000 pins', function () {
  this.timeout(300_000)
  let cluster: ConsensusCluster
  let killed: TestNode
  let newLeader: TestNode
  let load: LoadResult
  let watcher: Watcher

  before(async () => {
    cluster = await ConsensusCluster.create(3)
    await cluster.start()
    killed = await cluster.leader()
    watcher = new Watcher(killed)
    const alive = new Set(cluster.nodes)
    const clients = (): TestNode[] => [...alive]
    let kill: Promise<void> | undefined
    load = await runLoad({
      total: 1000,
      concurrency: 8,
      client: attempt => { const live = clients(); return cluster.consensus(live[attempt % live.length]) },
      onAck: () => {
        if (kill !== undefined || watcher.seen.length < 500) return
        alive.delete(killed)
        kill = cluster.killConsensus(killed)
      }
    })
    await kill
    newLeader = await cluster.leader(cluster.nodes.filter(n => n !== killed))
    await startConsensus(killed)
  })

  after(async () => {
    await watcher?.stop()
    await cluster?.close()
  })

  it('a new leader is elected among the survivors', () => {
    assert.notEqual(newLeader, killed)
    assert.match(newLeader.consensus?.output() ?? '', new RegExp(`Raft Leader elected: ${newLeader.id}`))
  })

  it('every acknowledged pin is on all three peers after the restart', async () => {
    assert.ok(load.acked.size >= 990, `only ${load.acked.size} of 1000 pins acknowledged (${load.failures} failed attempts)`)
    const want = [...load.acked].map(seed => Buffer.from(cidOf(seed).bytes).toString('hex')).sort()
    await cluster.leader()
    for (const n of cluster.nodes) {
      await cluster.consensus(n).WaitForSync({})
      let have: string[] = []
      await waitFor(async () => {
        have = await pinset(cluster, n)
        return want.every(cid => have.includes(cid))
      }, { timeout: 60_000, what: () => `${want.filter(c => !have.includes(c)).length} acknowledged pins missing on ${n.name}` })
      // nothing that was never proposed
      assert.ok(have.length <= 1000)
    }
  })

  it("the killed peer's WatchApplied consumer resumed with no gap and no duplicate", async () => {
    const c = cluster.consensus(killed)
    const target = Number((await c.Status({})).applied_index)
    await waitFor(() => watcher.last >= target || watcher.seen.length >= 1000, { timeout: 60_000, what: () => `the watcher at ${watcher.last} of ${target}` })
    assert.ok(watcher.reconnects >= 1, 'the stream broke with the process')
    const indexes = watcher.seen.map(s => s.index)
    for (let i = 1; i < indexes.length; i++) assert.ok(indexes[i] > indexes[i - 1], `index ${indexes[i]} after ${indexes[i - 1]}`)
    const history = await fullHistory(c)
    assert.deepEqual(watcher.seen, history.slice(0, watcher.seen.length))
    assert.equal(watcher.seen.length, history.filter(h => h.index <= watcher.last).length)
  })
})
