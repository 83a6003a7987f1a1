import assert from 'node:assert/strict'
import { waitFor } from '@ipfscluster/testing'
import { addFile, ipfsHasPin, json, ndjson, startCluster, waitForStatus, type E2eCluster, type E2ePeer } from './e2e-cluster.js'

const FOO_V1 = 'bafkreibme22gw2h7y2h7tg2fhqotaqjucnbc24deqo72b6mkl2egezxhvy'

describe('e2e: one peer with a real js-ipfs daemon', function () {
  this.timeout(300_000)
  let cluster: E2eCluster
  let peer: E2ePeer
  before(async () => {
    cluster = await startCluster(1)
    peer = cluster.peers[0]
  })
  after(async () => { await cluster?.stop() })

  it('answers /id with this peer, its IPFS daemon and itself as the only cluster peer', async () => {
    const id = await json(`${peer.url}/id`)
    assert.equal(id.id, peer.id)
    assert.deepEqual(id.cluster_peers, [peer.id])
    assert.equal(id.ipfs.id, peer.ipfs.peerId)
    assert.equal(id.peername, 'peer-0')
    assert.equal(id.error, '')
  })

  it('adds a file through /add, pins it in IPFS and lists it in /allocations', async () => {
    const out = await addFile(peer, 'foo.txt', 'foo')
    assert.deepEqual(out.map(o => [o.name, o.cid, o.size]), [['foo.txt', FOO_V1, 3]])
    const status = await waitForStatus(peer, FOO_V1, s => s[peer.id] === 'pinned')
    assert.equal(status.peer_map[peer.id].ipfs_peer_id, peer.ipfs.peerId)
    assert.ok(await ipfsHasPin(peer.ipfs, FOO_V1))
    const allocations = await ndjson(`${peer.url}/allocations`)
    assert.deepEqual(allocations.map(p => p.cid), [FOO_V1])
    assert.equal(allocations[0].type, 'pin')
    assert.deepEqual(allocations[0].allocations, [])
  })

  it('pins by CID with options, shows the pin as submitted, and unpins it from IPFS', async () => {
    const [{ cid }] = await addFile(peer, 'bar.txt', 'bar', 'cid-version=1&no-pin=true')
    const pinned = await json(`${peer.url}/pins/${cid as string}?name=bar&meta-kind=text`, { method: 'POST' })
    assert.equal(pinned.name, 'bar')
    assert.deepEqual(pinned.metadata, { kind: 'text' })
    assert.equal(pinned.replication_factor_min, -1)
    await waitForStatus(peer, cid, s => s[peer.id] === 'pinned')
    const stored = await json(`${peer.url}/allocations/${cid as string}`)
    assert.equal(stored.name, 'bar')
    const removed = await fetch(`${peer.url}/pins/${cid as string}`, { method: 'DELETE' })
    assert.equal(removed.status, 200)
    await waitForStatus(peer, cid, s => s[peer.id] === 'unpinned')
    await waitFor(async () => !(await ipfsHasPin(peer.ipfs, cid)), { timeout: 30_000, what: 'unpin in IPFS' })
    const gone = await fetch(`${peer.url}/allocations/${cid as string}`)
    assert.equal(gone.status, 404)
    assert.deepEqual(await gone.json(), { code: 404, message: 'pin is not part of the pinset' })
  })

  it('answers the status of every pin and of a CID outside the pinset', async () => {
    const all = await ndjson(`${peer.url}/pins`)
    assert.deepEqual(all.map(g => g.cid), [FOO_V1])
    const unknown = await json(`${peer.url}/pins/QmcJw6x4bQr7oFnVnF6i8SLcJvhXjaxWvj54FYXmZ4Ct6p`)
    assert.equal(unknown.created, '0001-01-01T00:00:00Z')
    assert.equal(unknown.peer_map[peer.id].status, 'unpinned')
  })
})
