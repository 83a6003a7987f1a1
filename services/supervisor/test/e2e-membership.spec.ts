import assert from 'node:assert/strict'
import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { waitFor } from '@ipfscluster/testing'
import { editConfig, json, startCluster, type E2eCluster, type E2ePeer } from './e2e-cluster.js'

const cluster = async (peer: E2ePeer): Promise<any> => JSON.parse(await readFile(join(peer.dir, 'service.json'), 'utf8')).cluster
const peerIds = async (peer: E2ePeer): Promise<string[]> => ((await json(`${peer.url}/id`)).cluster_peers as string[]).sort()

/** Waits until the peer's saved `cluster.peers` are exactly the addresses of `others`. */
async function waitForSavedPeers (peer: E2ePeer, others: E2ePeer[]): Promise<void> {
  const want = others.map(o => o.address).sort()
  let last: string[] = []
  await waitFor(async () => {
    last = [...(await cluster(peer)).peers].sort()
    return last.join() === want.join()
  }, { timeout: 60_000, what: () => `saved peers of ${peer.id}: ${JSON.stringify(last)}, want ${JSON.stringify(want)}` })
}

describe('e2e: membership is saved (peerset watch, removal, leave)', function () {
  this.timeout(300_000)
  let c: E2eCluster
  before(async () => {
    c = await startCluster(3, j => { j.cluster.peer_watch_interval = '500ms' })
  })
  after(async () => { await c?.stop() })

  it('a peer removed by the others saves them as bootstrap, stops by itself and rotates its state; the others save the smaller peerset', async () => {
    const [a, b, removed] = c.peers
    const res = await fetch(`${a.url}/peers/${removed.id}`, { method: 'DELETE' })
    assert.equal(res.status, 204, await res.text())
    assert.equal(await removed.daemon.exited, 0)
    assert.match(removed.daemon.output(), /removed from raft\. Initiating shutdown/)
    const saved = await cluster(removed)
    assert.deepEqual(saved.peers, [])
    assert.deepEqual([...saved.bootstrap].sort(), [a.address, b.address].sort())
    assert.ok(existsSync(join(removed.dir, 'ipfs-cluster-data.old.0')), 'the removed peer\'s state is rotated')
    assert.ok(!existsSync(join(removed.dir, 'ipfs-cluster-data')) || !existsSync(join(removed.dir, 'ipfs-cluster-data', 'wal')), 'no live state is left')
    await waitForSavedPeers(a, [b])
    await waitForSavedPeers(b, [a])
  })

  it('leave_on_shutdown: the peer leaves at SIGTERM, saves the other as bootstrap; the other saves an empty peerset', async () => {
    const [a, leaving] = c.peers
    await leaving.daemon.stop('SIGTERM', 60_000)
    await editConfig(leaving.dir, j => { j.cluster.leave_on_shutdown = true })
    await c.restart(leaving)
    await waitFor(async () => (await peerIds(a)).length === 2, { timeout: 60_000, what: 'the restarted peer back in the peerset' })
    leaving.daemon.proc.kill('SIGTERM')
    assert.equal(await leaving.daemon.exited, 0)
    assert.match(leaving.daemon.output(), /attempting to leave the cluster/)
    const saved = await cluster(leaving)
    assert.deepEqual(saved.peers, [])
    assert.deepEqual(saved.bootstrap, [a.address])
    assert.ok(existsSync(join(leaving.dir, 'ipfs-cluster-data.old.0')))
    assert.deepEqual(await peerIds(a), [a.id])
    await waitForSavedPeers(a, [])
  })
})
