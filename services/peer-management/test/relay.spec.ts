import assert from 'node:assert/strict'
import { join } from 'node:path'
import { status as Status } from '@grpc/grpc-js'
import { peerIdFromPrivateKey } from '@libp2p/peer-id'
import { generateKeyPair } from '@libp2p/crypto/keys'
import { codec, MAX_FRAME_BYTES, REMOTE_PEER_METADATA_KEY } from '@ipfscluster/proto'
import { waitFor } from '@ipfscluster/testing'
import { MessageTooLargeError } from '@ipfscluster/chassis'
import { PeerUnavailableError } from '../src/errors.js'
import { TestCluster, type TestPeer } from './support/cluster.js'
import { configure, secretOf } from './support/peers.js'
import { StandIn } from './support/stand-in.js'

const SECRET = secretOf('7a')
const ID = '/ipfscluster.cluster.v1.Cluster/ID'
const PIN = '/ipfscluster.cluster.v1.Cluster/Pin'
const VERSION = '/ipfscluster.cluster.v1.Cluster/Version'
const RECOVER_ALL_LOCAL = '/ipfscluster.cluster.v1.Cluster/RecoverAllLocal'
const CLUSTER_PEERS = '/ipfscluster.cluster.v1.Cluster/Peers'
const RAFT_MESSAGES = '/ipfscluster.consensus.v1.Raft/Messages'
const PEER_ADD = '/ipfscluster.cluster.v1.Cluster/PeerAdd'
const consensusPeers = codec('ipfscluster.consensus.v1.PeersResponse')

describe('the relay of calls between peers (real processes)', function () {
  this.timeout(60_000)
  const cluster = new TestCluster()
  let a: TestPeer, b: TestPeer
  let supervisorB: StandIn, consensusB: StandIn
  /** The consensus membership B's stand-in consensus reports. */
  let members: string[] = []
  let releaseHung: () => void = () => {}
  const hung = new Promise<void>(resolve => { releaseHung = resolve })

  before(async () => {
    ;[a, b] = await Promise.all([cluster.create('a'), cluster.create('b')])
    await Promise.all([configure(a, { secret: SECRET, peers: [b.addr] }), configure(b, { secret: SECRET, peers: [a.addr] })])
    supervisorB = await new StandIn()
      .unary(ID, req => Buffer.concat([Buffer.from('B:'), req]))
      .unary(PIN, () => Buffer.alloc(0))
      .unary(PEER_ADD, () => Buffer.alloc(MAX_FRAME_BYTES + 1))
      .unary(RECOVER_ALL_LOCAL, () => Buffer.from('recovered'))
      .unary(VERSION, async () => { await hung; return Buffer.alloc(0) })
      .serverStream(CLUSTER_PEERS, () => ['one', 'two', 'three'].map(s => Buffer.from(s)))
      .listen(join(b.sockets, 'supervisor.sock'))
    consensusB = await new StandIn()
      .unary('/ipfscluster.consensus.v1.Consensus/Peers', () => Buffer.from(consensusPeers.encode({ peers: members })))
      .clientStream(RAFT_MESSAGES, reqs => Buffer.from(`received ${reqs.length}: ${reqs.map(String).join(',')}`))
      .listen(join(b.sockets, 'consensus.sock'))
    await cluster.start(a, b)
    await cluster.waitForMesh([a, b])
  })
  after(async () => {
    releaseHung()
    supervisorB.close()
    consensusB.close()
    await cluster.close()
  })

  const call = async (from: TestPeer, to: TestPeer, method: string, payload = Buffer.alloc(0), deadline = 0): ReturnType<ReturnType<TestCluster['client']>['pm']['Call']> =>
    cluster.client(from).pm.Call({ peer: to.id, method, payload, deadline_unix_ms: deadline })

  it('carries a call from A to a service behind B, payload untouched, and brings the reply back', async () => {
    // Not a valid protobuf message: the relay must not decode it.
    const opaque = Buffer.from([0xff, 0xfe, 0x00, 0x01, 0x80])
    const res = await call(a, b, ID, opaque)
    assert.equal(res.status?.status_code, 0, res.status?.error_message)
    assert.deepEqual(res.payload, Buffer.concat([Buffer.from('B:'), opaque]))
    const seen = supervisorB.seen.at(-1)
    assert.deepEqual(seen?.request, opaque)
    assert.deepEqual(seen?.metadata.get(REMOTE_PEER_METADATA_KEY), [a.id], 'B tells its service who called')
  })

  it('answers PERMISSION_DENIED for a method outside the allow-list, without calling it', async () => {
    for (const method of [PIN, '/ipfscluster.nothing.v1.Nowhere/Anything']) {
      const res = await call(a, b, method)
      assert.equal(res.status?.status_code, Status.PERMISSION_DENIED, method)
      assert.equal(res.status?.error_name, 'PermissionDeniedError')
      assert.equal(res.status?.error_message, `method ${method} is not callable remotely`)
    }
    assert.ok(!supervisorB.seen.some(s => s.path === PIN), 'the closed method was never called')
  })

  it('admits trusted methods from consensus members only (anyone in join mode)', async () => {
    members = [b.id]
    await waitFor(async () => (await call(a, b, RECOVER_ALL_LOCAL)).status?.status_code === Status.PERMISSION_DENIED, { what: 'A refused while not a member' })
    members = [a.id, b.id]
    await waitFor(async () => (await call(a, b, RECOVER_ALL_LOCAL)).status?.status_code === 0, { what: 'A admitted as a member' })
    members = []
    await waitFor(async () => (await call(a, b, RECOVER_ALL_LOCAL)).status?.status_code === 0, { what: 'A admitted by a peer in join mode' })
  })

  it('runs a call addressed to this peer itself locally, without the policy check', async () => {
    const res = await cluster.client(b).pm.Call({ peer: b.id, method: PIN, payload: Buffer.alloc(0) })
    assert.equal(res.status?.status_code, 0, res.status?.error_message)
    assert.deepEqual(supervisorB.seen.at(-1)?.metadata.get(REMOTE_PEER_METADATA_KEY), [])
  })

  it('fails with UNAVAILABLE naming the peer when the peer cannot be reached', async () => {
    const stranger = peerIdFromPrivateKey(await generateKeyPair('Ed25519')).toString()
    await assert.rejects(cluster.client(a).pm.Call({ peer: stranger, method: ID, payload: Buffer.alloc(0) }), (err: Error) => {
      assert.ok(err instanceof PeerUnavailableError, `${err.name}: ${err.message}`)
      assert.equal((err as Error & { code?: number }).code, Status.UNAVAILABLE)
      assert.match(err.message, new RegExp(`^peer ${stranger} unreachable: `))
      return true
    })
  })

  it('reports a service that is down behind the peer as its UNAVAILABLE status', async () => {
    members = []
    const res = await call(a, b, '/ipfscluster.ipfsconnector.v1.IPFSConnector/RepoStat')
    assert.equal(res.status?.status_code, Status.UNAVAILABLE)
    assert.equal(res.status?.error_name, 'ServiceUnavailableError')
    assert.match(res.status?.error_message ?? '', new RegExp(`^ipfs-connector unavailable on peer ${b.id}`))
  })

  it('ends a call at its deadline on the callee', async () => {
    const started = Date.now()
    const res = await call(a, b, VERSION, Buffer.alloc(0), Date.now() + 300)
    assert.equal(res.status?.status_code, Status.DEADLINE_EXCEEDED, JSON.stringify(res.status))
    assert.ok(Date.now() - started < 5000, 'answered soon after the deadline')
  })

  it('relays a server stream, and a client stream of Raft messages', async () => {
    members = []
    const items = []
    for await (const item of cluster.client(a).pm.CallStream({ peer: b.id, method: CLUSTER_PEERS, payload: Buffer.alloc(0) })) items.push(item)
    assert.deepEqual(items.map(i => i.kind === 'payload' ? i.payload?.data.toString() : i.status?.status_code), ['one', 'two', 'three', 0])

    const messages = Array.from({ length: 50 }, (_, i) => `m${i}`)
    const requests = [
      { header: { peer: b.id, method: RAFT_MESSAGES } },
      ...messages.map(m => ({ payload: { data: Buffer.from(m) } })),
      { half_close: {} }
    ]
    const replies = []
    for await (const item of cluster.client(a).pm.CallBidi(requests)) replies.push(item)
    assert.deepEqual(replies.map(i => i.kind === 'payload' ? i.payload?.data.toString() : i.status?.status_code), [`received 50: ${messages.join(',')}`, 0])
    assert.deepEqual(consensusB.seen.at(-1)?.metadata.get(REMOTE_PEER_METADATA_KEY), [a.id])
  })

  it('carries 4 MiB requests and replies, call after call, without hurting either peer', async () => {
    // Before the fix, the cluster-secret cipher's WASM memory grew with each
    // large write until the process died ("Maximum memory size exceeded").
    // 4 MiB is what the stand-in service (grpc-js defaults) accepts.
    const big = Buffer.alloc(4 * 1024 * 1024 - 16)
    for (let i = 0; i < big.length; i += 4) big.writeUInt32LE(i, i)
    for (let i = 0; i < 12; i++) {
      const res = await call(a, b, ID, big)
      assert.equal(res.status?.status_code, 0, res.status?.error_message)
      assert.equal(Buffer.compare(res.payload, Buffer.concat([Buffer.from('B:'), big])), 0, `call ${i}: reply intact`)
    }
    assert.equal(cluster.process(a).proc.exitCode, null, 'A still runs')
    assert.equal(cluster.process(b).proc.exitCode, null, 'B still runs')
  })

  it('refuses a request or a reply over the relay limit with RESOURCE_EXHAUSTED naming its size; both peers carry on', async () => {
    /** The size a refusal names: the whole frame, a little over the payload. */
    const sizeIn = (message: string): number => {
      const m = /^relayed message of (\d+) bytes is over the relay's limit of (\d+) bytes$/.exec(message)
      assert.ok(m !== null, message)
      assert.equal(Number(m[2]), MAX_FRAME_BYTES)
      return Number(m[1])
    }
    await assert.rejects(call(a, b, ID, Buffer.alloc(MAX_FRAME_BYTES)), (err: Error) => {
      assert.ok(err instanceof MessageTooLargeError, `${err.name}: ${err.message}`)
      assert.equal((err as Error & { code?: number }).code, Status.RESOURCE_EXHAUSTED)
      assert.ok(sizeIn(err.message) - MAX_FRAME_BYTES < 100, err.message)
      return true
    })
    const res = await call(a, b, PEER_ADD)
    assert.equal(res.status?.status_code, Status.RESOURCE_EXHAUSTED)
    assert.equal(res.status?.error_name, 'MessageTooLargeError')
    assert.ok(sizeIn(res.status?.error_message ?? '') - (MAX_FRAME_BYTES + 1) < 100, res.status?.error_message)
    assert.equal((await call(a, b, ID, Buffer.from('still there'))).payload.toString(), 'B:still there')
  })

  it('keeps 300 calls in flight between two peers', async () => {
    const results = await Promise.all(Array.from({ length: 300 }, async (_, i) => call(a, b, ID, Buffer.from(String(i)))))
    results.forEach((res, i) => {
      assert.equal(res.status?.status_code, 0, res.status?.error_message)
      assert.equal(res.payload.toString(), `B:${i}`)
    })
  })
})
