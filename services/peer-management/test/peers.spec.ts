import assert from 'node:assert/strict'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { status as Status } from '@grpc/grpc-js'
import { codec } from '@ipfscluster/proto'
import { waitFor } from '@ipfscluster/testing'
import { PeerUnavailableError } from '../src/errors.js'
import { TestCluster, type TestPeer } from './support/cluster.js'
import { configure, secretOf } from './support/peers.js'
import { StandIn } from './support/stand-in.js'

const SECRET = secretOf('5e')
const PEER_ADD = '/ipfscluster.cluster.v1.Cluster/PeerAdd'
const peerAdd = { request: codec('ipfscluster.cluster.v1.PeerAddRequest'), response: codec('ipfscluster.cluster.v1.PeerAddResponse') }
const addPeer = codec('ipfscluster.peermanagement.v1.AddPeerRequest')
const importAddresses = codec('ipfscluster.peermanagement.v1.ImportAddressesRequest')

// One cluster for the whole file, grown test by test: each test starts from
// what the previous ones built (a mesh of three, then a fourth peer).
describe('peers: mesh, cluster secret, bootstrap, restart (real processes)', function () {
  this.timeout(60_000)
  const cluster = new TestCluster()
  const standIns: StandIn[] = []
  let a: TestPeer, b: TestPeer, c: TestPeer, d: TestPeer

  before(async () => {
    ;[a, b, c] = await Promise.all(['a', 'b', 'c'].map(async n => cluster.create(n)))
    // Every peer gets the same list, its own address included (ignored).
    const peers = [a, b, c].map(p => p.addr)
    await Promise.all([a, b, c].map(async p => configure(p, { secret: SECRET, peers })))
    await cluster.start(a, b, c)
  })
  after(async () => {
    for (const s of standIns) s.close()
    await cluster.close()
  })

  it('three peers with the same secret form a full mesh from cluster.peers', async () => {
    await cluster.waitForMesh([a, b, c])
    const peers = (await cluster.client(a).pm.Peers({})).peers
    assert.deepEqual(peers.map(p => [p.peer_id, p.connected]), [b, c].map(p => [p.id, true]).sort())
  })

  it('refuses a peer with another secret on both sides, and says why', async () => {
    const x = await cluster.peer('x', { secret: secretOf('0f'), peers: [a.addr, b.addr, c.addr] })
    await cluster.start(x)
    await cluster.process(x).waitForOutput(/cannot connect to .*handshake failed \(cluster secret mismatch\?\)/)
    await cluster.process(a).waitForOutput(/refused connection from \/ip4\/127\.0\.0\.1\/tcp\/\d+: handshake failed \(cluster secret mismatch\?\)/)
    await assert.rejects(cluster.client(x).pm.ConnectPeer({ address: b.addr }), (err: Error) => {
      assert.ok(err instanceof PeerUnavailableError, err.name)
      assert.match(err.message, /^cannot connect to .*handshake failed \(cluster secret mismatch\?\)/)
      return true
    })
    assert.deepEqual(await cluster.connected(x), [])
    for (const p of [a, b, c]) assert.ok(!(await cluster.connected(p)).includes(x.id), `${p.id} is connected to the stranger`)
    await cluster.kill(x)
  })

  it('lets a fourth peer join through the first bootstrap address that accepts', async () => {
    // B's core refuses joins; A's does what the supervisor's join flow does
    // with its peer-management: tell every member the new address, and give
    // the new peer every member's address (cluster-behaviour.md §9.2).
    standIns.push(await new StandIn().unary(PEER_ADD, () => {
      throw Object.assign(new Error('not accepting joins'), { code: Status.FAILED_PRECONDITION })
    }).listen(join(b.sockets, 'supervisor.sock')))
    const relay = cluster.client(a).pm
    const call = async (peer: string, method: string, payload: Uint8Array): Promise<void> => {
      const res = await relay.Call({ peer, method, payload })
      assert.equal(res.status?.status_code, 0, `${method} on ${peer}: ${res.status?.error_message ?? ''}`)
    }
    standIns.push(await new StandIn().unary(PEER_ADD, async req => {
      const { address } = peerAdd.request.decode(req)
      const joining = address.split('/p2p/')[1] ?? ''
      for (const m of [a, b, c]) await call(m.id, '/ipfscluster.peermanagement.v1.PeerManager/AddPeer', addPeer.encode({ address }))
      await call(joining, '/ipfscluster.peermanagement.v1.PeerManager/ImportAddresses', importAddresses.encode({ addresses: [a.addr, b.addr, c.addr] }))
      return Buffer.from(peerAdd.response.encode({ id: { id: joining } }))
    }).listen(join(a.sockets, 'supervisor.sock')))

    d = await cluster.peer('d', { secret: SECRET, bootstrap: [b.addr, a.addr] })
    await cluster.start(d)
    const joined = await cluster.client(d).pm.Bootstrap({ addresses: [] })
    assert.deepEqual([joined.peer_id, joined.address], [a.id, a.addr])
    assert.equal(standIns[0]?.seen.length, 1, 'B was asked first')
    await cluster.waitForMesh([a, b, c, d])
  })

  it('restarts a peer killed with SIGKILL with the same ID and address; peers reconnect; the peerstore is intact', async () => {
    const before = await cluster.client(b).pm.ID({})
    const peerstore = await readFile(join(b.dir, 'peerstore'), 'utf8')
    assert.ok(peerstore.includes(d.addr), 'D, learnt at run time, is in the peerstore')
    await cluster.kill(b)
    await waitFor(async () => !(await cluster.connected(a)).includes(b.id), { what: 'A to notice B is gone' })
    await cluster.start(b)
    const after = await cluster.client(b).pm.ID({})
    assert.equal(after.peer_id, before.peer_id)
    assert.deepEqual(after.addresses, before.addresses)
    assert.deepEqual(after.addresses, [b.addr])
    await cluster.waitForMesh([a, b, c, d])
    assert.equal(await readFile(join(b.dir, 'peerstore'), 'utf8'), peerstore)
  })

  it('forgets a removed peer: out of the address book and the peerstore', async () => {
    await cluster.client(a).pm.RemovePeer({ peer_id: d.id })
    assert.ok(!(await cluster.client(a).pm.Peers({})).peers.some(p => p.peer_id === d.id))
    await waitFor(async () => !(await readFile(join(a.dir, 'peerstore'), 'utf8')).includes(d.id), { what: 'D gone from A\'s peerstore' })
  })
})
