import assert from 'node:assert/strict'
import { connectDaemons, waitFor } from '@ipfscluster/testing'
import { addFile, ndjson, startCluster, waitForStatus, type E2eCluster } from './e2e-cluster.js'

describe('e2e: a new peer joins through cluster.bootstrap (cluster-behaviour.md §9.2)', function () {
  this.timeout(600_000)
  let cluster: E2eCluster
  after(async () => { await cluster?.stop() })

  it('is added by the bootstrap peer, sees the whole peerset, and pins what the cluster pins everywhere', async () => {
    cluster = await startCluster(1)
    const [first] = cluster.peers
    const [{ cid }] = await addFile(first, 'before.txt', 'pinned before the join')
    await waitForStatus(first, cid, s => s[first.id] === 'pinned')
    const joined = await cluster.join(first)
    assert.match(joined.daemon.output(), new RegExp(`${joined.id}: joined ${first.id}'s cluster`))
    for (const p of cluster.peers) {
      await waitFor(async () => (await ndjson(`${p.url}/peers`)).filter(i => i.error === '').length === 2, { timeout: 60_000, interval: 500, what: `two peers listed by ${p.id}` })
    }
    await connectDaemons(joined.ipfs, first.ipfs)
    await waitForStatus(joined, cid, s => s[first.id] === 'pinned' && s[joined.id] === 'pinned', 120_000)
    const [{ cid: after }] = await addFile(joined, 'after.txt', 'pinned after the join')
    await waitForStatus(first, after, s => s[first.id] === 'pinned' && s[joined.id] === 'pinned', 120_000)
    assert.deepEqual((await ndjson(`${first.url}/allocations`)).map(p => p.cid).sort(), [cid, after].sort())
  })
})
