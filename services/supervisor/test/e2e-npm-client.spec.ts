import assert from 'node:assert/strict'
import { Cluster } from '@nftstorage/ipfs-cluster'
import { waitFor } from '@ipfscluster/testing'
import { ipfsHasPin, startCluster, type E2eCluster, type E2ePeer } from './e2e-cluster.js'

const FOO = 'bafkreibme22gw2h7y2h7tg2fhqotaqjucnbc24deqo72b6mkl2egezxhvy'
const WRAPPED = 'bafybeidhbfwu4j2zckkqd42azgxm7hlvjjqj7dunvv7o7c3avyrhgtvppm'
// a CID no IPFS node has: its pin stays queued or in flight
const UNFETCHABLE = 'bafkreif3g5ya5dpwmwow2m4xatn6iatntmeipqvdku4pqmaoufzc5y4rpy'

describe('e2e: the npm client @nftstorage/ipfs-cluster 5.0.1 against one peer', function () {
  this.timeout(300_000)
  let cluster: E2eCluster
  let peer: E2ePeer
  let client: Cluster
  before(async () => {
    cluster = await startCluster(1)
    peer = cluster.peers[0]
    client = new Cluster(peer.url)
  })
  after(async () => { await cluster?.stop() })

  const pinnedHere = async (cid: string): Promise<void> => {
    await waitFor(async () => (await client.status(cid)).peerMap[peer.id]?.status === 'pinned', { timeout: 60_000, interval: 200, what: `${cid} pinned` })
  }

  it('version() and info()', async () => {
    assert.match(await client.version(), /^\d+\.\d+\.\d+/)
    const info = await client.info()
    assert.equal(info.id, peer.id)
    assert.equal(info.peerName, 'peer-0')
    assert.deepEqual(info.clusterPeers, [peer.id])
    assert.equal(info.ipfs?.id, peer.ipfs.peerId)
  })

  it('add() imports a Blob with v1 CIDs and raw leaves, and the cluster pins it', async () => {
    const res = await client.add(new Blob(['foo']))
    assert.equal(res.cid, FOO)
    assert.equal(res.size, 3)
    await pinnedHere(FOO)
    assert.ok(await ipfsHasPin(peer.ipfs, FOO))
  })

  it('addDirectory() wraps the files in one directory', async () => {
    const res = await client.addDirectory([new File(['foo'], 'foo.txt'), new File(['bar'], 'bar.txt')])
    assert.deepEqual(res.map(r => r.name), ['foo.txt', 'bar.txt', ''])
    assert.equal(res[2].cid, WRAPPED)
    await pinnedHere(WRAPPED)
  })

  it('addCAR() stores the blocks of a CAR and pins its root', async () => {
    const form = new FormData()
    form.append('file', new Blob(['a car made by js-ipfs']), 'c.txt')
    const added = await peer.ipfs.rpc<{ Hash: string }>('add', { 'cid-version': 1, pin: false }, { body: form })
    const car = new Uint8Array(await (await fetch(`${peer.ipfs.apiUrl}/api/v0/dag/export?arg=${added.Hash}`, { method: 'POST' })).arrayBuffer())
    await peer.ipfs.rpc('block/rm', { arg: added.Hash })
    const res = await client.addCAR(new Blob([car]))
    assert.equal(res.cid, (await client.allocation(res.cid)).cid)
    await pinnedHere(res.cid)
  })

  it('pin() with options, allocation(), and unpin()', async () => {
    const expireAt = new Date(Date.now() + 3_600_000)
    const pin = await client.pin(FOO, { name: 'foo', metadata: { kind: 'text' }, expireAt, replicationFactorMin: -1, replicationFactorMax: -1 })
    assert.equal(pin.cid, FOO)
    assert.equal(pin.name, 'foo')
    assert.equal(pin.type, 'pin')
    assert.equal(pin.mode, 'recursive')
    assert.equal(pin.maxDepth, -1)
    assert.deepEqual(pin.metadata, { kind: 'text' })
    assert.equal(pin.expireAt.getTime(), expireAt.getTime())
    const stored = await client.allocation(FOO)
    assert.equal(stored.name, 'foo')
    assert.equal(stored.expireAt.getTime(), expireAt.getTime())
    const unpinned = await client.unpin(FOO)
    assert.equal(unpinned.cid, FOO)
    await waitFor(async () => (await client.status(FOO)).peerMap[peer.id]?.status === 'unpinned', { timeout: 60_000, interval: 200, what: 'unpinned' })
    await waitFor(async () => !(await ipfsHasPin(peer.ipfs, FOO)), { timeout: 30_000, what: 'gone from IPFS' })
  })

  it('status(), statusAll() with filters and cids, and recover()', async () => {
    const one = await client.status(WRAPPED)
    assert.equal(one.cid, WRAPPED)
    assert.equal(one.peerMap[peer.id].ipfsPeerId, peer.ipfs.peerId)
    assert.ok(one.peerMap[peer.id].timestamp instanceof Date)
    const pinned = await client.statusAll({ filter: ['pinned'] as any })
    assert.ok(pinned.some(s => s.cid === WRAPPED))
    const chosen = await client.statusAll({ cids: [WRAPPED, FOO] })
    assert.deepEqual(chosen.map(s => s.cid).sort(), [FOO, WRAPPED].sort())
    await client.pin(UNFETCHABLE)
    const waiting = await client.statusAll({ filter: ['pin_queued', 'pinning', 'pin_error'] as any })
    assert.deepEqual(waiting.map(s => s.cid), [UNFETCHABLE])
    const recovered = await client.recover(WRAPPED)
    assert.equal(recovered.peerMap[peer.id].status, 'pinned')
    await client.unpin(UNFETCHABLE)
  })

  it('metricNames() and peerList()', async () => {
    await waitFor(async () => (await client.metricNames()).includes('freespace'), { timeout: 30_000, what: 'freespace metric' })
    assert.ok((await client.metricNames()).includes('ping'))
    const peers = await client.peerList()
    assert.deepEqual(peers.map(p => p.id), [peer.id])
  })

  it('throws "<status>: <statusText>" on errors, as against the original', async () => {
    await assert.rejects(client.allocation(FOO), { message: '404: Not Found' })
    await assert.rejects(client.pin('not-a-cid'), { message: '400: Bad Request' })
  })
})
