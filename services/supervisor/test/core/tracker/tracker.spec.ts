/**
 * The pin tracker against the real ipfs-connector process and a real js-ipfs
 * daemon, fed by a gRPC stand-in for consensus (WatchApplied and List on a
 * Unix socket): applied pins reach IPFS, unpins leave it, an IPFS outage
 * shows as pin_error with the reason and recover repairs it, restarts of
 * either side resume at the saved index, a snapshot image drops what the
 * state no longer holds, and the queue has a bound.
 */
import assert from 'node:assert/strict'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { connect, InvalidParametersError, SocketServer } from '@ipfscluster/chassis'
import { loadProtos } from '@ipfscluster/proto'
import { removeDir, shortTmpDir, waitFor } from '@ipfscluster/testing'
import { CID } from 'multiformats/cid'
import * as raw from 'multiformats/codecs/raw'
import { sha256 } from 'multiformats/hashes/sha2'
import { pinTrackerService, QUEUE_FULL, type PinTracker } from '../../../src/core/tracker/index.js'
import { startIpfsStack, type IpfsStack } from './connector-process.js'
import type { FakeConsensus } from './fake-consensus.js'
import { OTHER, pinOf, SELF, startFakeConsensus, startTracker, waitStatus } from './helpers.js'

describe('pin tracker (real ipfs-connector and js-ipfs)', function () {
  this.timeout(240_000)
  let stack: IpfsStack
  let consensus: FakeConsensus
  let folder: string
  const trackers: PinTracker[] = []
  const start = async (maptracker = {}, intervals = {}): Promise<PinTracker> => {
    const t = await startTracker(stack, consensus, folder, maptracker, intervals)
    trackers.push(t)
    return t
  }

  before(async () => { stack = await startIpfsStack() })
  after(async () => {
    await stack?.stop()
    await removeDir(stack?.dir ?? '')
  })
  beforeEach(async () => {
    consensus = await startFakeConsensus(stack)
    folder = await shortTmpDir('trkp')
  })
  afterEach(async () => {
    for (const t of trackers.splice(0)) await t.stop()
    await consensus.stop()
    await removeDir(folder)
  })

  it('pins an applied pin in IPFS, shows remote pins as remote, and unpins on an applied unpin', async () => {
    const tracker = await start()
    const mine = await stack.addBlock(`mine ${Date.now()}`)
    const theirs = await stack.addBlock(`theirs ${Date.now()}`)
    consensus.pin(pinOf(mine))
    consensus.pin(pinOf(theirs, [OTHER]))
    await waitStatus(tracker, mine, 'TRACKER_STATUS_PINNED')
    assert.ok(await stack.pinnedInIpfs(mine), 'js-ipfs has the pin')
    await waitStatus(tracker, theirs, 'TRACKER_STATUS_REMOTE')
    assert.equal(await stack.pinnedInIpfs(theirs), false)

    consensus.unpin(mine.bytes)
    await waitFor(async () => !(await stack.pinnedInIpfs(mine)), { timeout: 60_000, what: 'the pin gone from js-ipfs' })
    await waitStatus(tracker, mine, 'TRACKER_STATUS_UNPINNED')
    const all = []
    for await (const info of tracker.statusAll()) all.push(CID.decode(info.cid).toString())
    assert.deepEqual(all, [theirs.toString()], 'only the remote pin is still tracked')
  })

  it('reports pin_error with the reason while IPFS is down, and recover pins once it is back', async () => {
    const tracker = await start()
    const before = await stack.addBlock(`before ${Date.now()}`)
    const during = await stack.addBlock(`during ${Date.now()}`)
    consensus.pin(pinOf(before))
    await waitStatus(tracker, before, 'TRACKER_STATUS_PINNED')

    await stack.ipfs.kill()
    try {
      consensus.pin(pinOf(during))
      await waitStatus(tracker, during, 'TRACKER_STATUS_PIN_ERROR')
      assert.match(tracker.status(during.bytes).error, new RegExp(`IPFS unreachable at ${stack.ipfs.apiMultiaddr}`))
      assert.equal(tracker.status(during.bytes).attempt_count, 1)
      const changed = await tracker.syncAllLocal()
      assert.deepEqual(changed.map(i => [CID.decode(i.cid).toString(), i.status]), [[before.toString(), 'TRACKER_STATUS_PIN_ERROR']], 'IPFS sync shows the outage on pinned items')
      assert.match(tracker.status(before.bytes).error, /IPFS unreachable/)
    } finally {
      await stack.ipfs.restart()
      await waitFor(async () => stack.client.RepoStat({}).then(() => true, () => false), { timeout: 60_000, what: 'IPFS back behind the connector' })
    }
    const changed = await tracker.syncAllLocal()
    assert.deepEqual(changed.map(i => i.status), ['TRACKER_STATUS_PINNED'], 'the next sync restores what IPFS holds')
    assert.match((await tracker.recover(during.bytes)).status, /^TRACKER_STATUS_PIN(_QUEUED|NING)$/, 'pinned again')
    await waitStatus(tracker, during, 'TRACKER_STATUS_PINNED')
    assert.ok(await stack.pinnedInIpfs(during))
    assert.equal((await tracker.recover(during.bytes)).status, 'TRACKER_STATUS_PINNED', 'nothing to recover')
  })

  it('notices a pin removed behind its back (periodic IPFS sync) and puts it back (periodic recover)', async () => {
    const tracker = await start({}, { ipfsSyncInterval: 200, pinRecoverInterval: 400 })
    const cid = await stack.addBlock(`behind its back ${Date.now()}`)
    consensus.pin(pinOf(cid))
    await waitStatus(tracker, cid, 'TRACKER_STATUS_PINNED')
    await stack.ipfs.rpc('pin/rm', { arg: cid.toString() })
    assert.equal(await stack.pinnedInIpfs(cid), false)
    // Only the sync can tell the pin is gone (the status said pinned) and only recover pins it again.
    await waitFor(async () => await stack.pinnedInIpfs(cid) && tracker.status(cid.bytes).status === 'TRACKER_STATUS_PINNED', { timeout: 60_000, what: () => `pinned again, status ${tracker.status(cid.bytes).status}` })
    assert.ok(await stack.pinnedInIpfs(cid), 'pinned again in js-ipfs')
  })

  it('resumes after the saved index when either side restarts, without re-applying', async () => {
    const a = await stack.addBlock(`a ${Date.now()}`)
    const b = await stack.addBlock(`b ${Date.now()}`)
    const c = await stack.addBlock(`c ${Date.now()}`)
    const first = await start()
    const indexA = consensus.pin(pinOf(a))
    await waitStatus(first, a, 'TRACKER_STATUS_PINNED')
    await first.stop()
    const saved = JSON.parse(await readFile(join(folder, 'pintracker', 'applied.json'), 'utf8'))
    assert.deepEqual(saved, { applied_index: String(indexA), pending_unpins: [] })

    const indexB = consensus.pin(pinOf(b))
    const sentBefore = consensus.sent
    const second = await start()
    await second.whenCaughtUp()
    assert.equal(consensus.watchCalls.at(-1), indexA + 1, 'asked from the op after the saved one')
    assert.equal(consensus.sent - sentBefore, 1, 'only the op applied while the tracker was down was sent again')
    await waitStatus(second, b, 'TRACKER_STATUS_PINNED')
    assert.equal(second.status(a.bytes).status, 'TRACKER_STATUS_PINNED', 'the start-up state sync knows the earlier pin')

    await consensus.stop()
    consensus.pin(pinOf(c))
    await consensus.start()
    await waitStatus(second, c, 'TRACKER_STATUS_PINNED')
    assert.equal(consensus.watchCalls.at(-1), indexB + 1, 'reconnected after the last op it had')
  })

  it('takes a snapshot image as the whole state: items it does not re-send are unpinned', async () => {
    const x = await stack.addBlock(`x ${Date.now()}`)
    const y = await stack.addBlock(`y ${Date.now()}`)
    const z = await stack.addBlock(`z ${Date.now()}`)
    const tracker = await start()
    consensus.pin(pinOf(x))
    consensus.pin(pinOf(y))
    await waitStatus(tracker, x, 'TRACKER_STATUS_PINNED')
    await waitStatus(tracker, y, 'TRACKER_STATUS_PINNED')

    // Consensus goes away; meanwhile x is unpinned, z pinned, and the log compacted past the tracker's index.
    await consensus.stop()
    consensus.unpin(x.bytes)
    consensus.pin(pinOf(z))
    consensus.compact()
    await consensus.start()
    await waitStatus(tracker, z, 'TRACKER_STATUS_PINNED')
    await waitFor(async () => !(await stack.pinnedInIpfs(x)), { timeout: 60_000, what: 'x unpinned in js-ipfs' })
    assert.equal(tracker.status(x.bytes).status, 'TRACKER_STATUS_UNPINNED')
    assert.equal(tracker.status(y.bytes).status, 'TRACKER_STATUS_PINNED')
    assert.ok(await stack.pinnedInIpfs(y))
    await waitFor(() => tracker.appliedIndex === consensus.lastIndex, { what: 'progress at the snapshot index' })
  })

  it('restarted behind a compacted log, unpins what it had pinned and the state no longer holds, and nothing else', async () => {
    const x = await stack.addBlock(`gone ${Date.now()}`)
    const y = await stack.addBlock(`kept ${Date.now()}`)
    const users = await stack.addBlock(`user's own ${Date.now()}`)
    const first = await start()
    consensus.pin(pinOf(x))
    consensus.pin(pinOf(y))
    await waitStatus(first, x, 'TRACKER_STATUS_PINNED')
    await waitStatus(first, y, 'TRACKER_STATUS_PINNED')
    await first.stop()

    await stack.ipfs.rpc('pin/add', { arg: users.toString() })
    consensus.unpin(x.bytes)
    consensus.compact()
    const second = await start()
    await second.whenCaughtUp()
    await waitFor(async () => !(await stack.pinnedInIpfs(x)), { timeout: 60_000, what: 'x unpinned in js-ipfs' })
    assert.equal(second.status(y.bytes).status, 'TRACKER_STATUS_PINNED')
    assert.ok(await stack.pinnedInIpfs(y))
    assert.ok(await stack.pinnedInIpfs(users), 'a pin the tracker never made stays')
    assert.equal(second.status(users.bytes).status, 'TRACKER_STATUS_UNPINNED')
  })

  it('unpins expired pins at state sync when it is the leader, and only then', async () => {
    const tracker = await start()
    const cid = await stack.addBlock(`expiring ${Date.now()}`)
    consensus.pin({ ...pinOf(cid), expire_at: String(Date.now() - 1000) })
    await waitStatus(tracker, cid, 'TRACKER_STATUS_PINNED')
    await tracker.whenCaughtUp()
    consensus.leader = OTHER
    const before = consensus.lastIndex
    await tracker.stateSync()
    assert.equal(consensus.lastIndex, before, 'a follower commits nothing')
    consensus.leader = SELF
    await tracker.stateSync()
    assert.equal(consensus.lastIndex, before + 1, 'the leader committed one unpin')
    await waitFor(async () => !(await stack.pinnedInIpfs(cid)), { timeout: 60_000, what: 'the expired pin gone from js-ipfs' })
  })

  it('finishes at start the unpins a previous run left unfinished', async () => {
    const cid = await stack.addBlock(`left ${Date.now()}`)
    await stack.ipfs.rpc('pin/add', { arg: cid.toString() })
    const file = join(folder, 'pintracker', 'applied.json')
    await mkdir(join(folder, 'pintracker'))
    await writeFile(file, JSON.stringify({ applied_index: '0', pending_unpins: [Buffer.from(cid.bytes).toString('base64')] }))
    await start()
    await waitFor(async () => !(await stack.pinnedInIpfs(cid)), { timeout: 60_000, what: 'the unpin finished in js-ipfs' })
    await waitFor(async () => JSON.parse(await readFile(file, 'utf8')).pending_unpins.length === 0, { what: 'the saved progress without it' })
  })

  it('answers Status, StatusAll and Recover over gRPC, and refuses a request without a CID', async () => {
    const tracker = await start()
    const cid = await stack.addBlock(`grpc ${Date.now()}`)
    consensus.pin(pinOf(cid))
    await waitStatus(tracker, cid, 'TRACKER_STATUS_PINNED')
    const server = new SocketServer(join(stack.socketsDir, 'tracker-svc.sock'), [pinTrackerService(tracker)])
    await server.listen()
    const client = connect(loadProtos().ipfscluster.cluster.v1.PinTracker, server.socketPath, 'supervisor')
    try {
      const { info } = await client.Status({ cid: cid.bytes })
      assert.equal(info?.status, 'TRACKER_STATUS_PINNED')
      assert.equal(info?.peer, tracker.status(cid.bytes).peer)
      assert.equal(info?.ipfs_peer_id, stack.ipfs.peerId)
      const all = []
      for await (const res of client.StatusAll({ filter: ['TRACKER_STATUS_PINNED'] })) all.push(res.info?.status)
      assert.deepEqual(all, ['TRACKER_STATUS_PINNED'])
      for await (const res of client.StatusAll({ filter: ['TRACKER_STATUS_PIN_ERROR'] })) assert.fail(`unexpected ${String(res.info?.status)}`)
      assert.equal((await client.Recover({ cid: cid.bytes })).info?.status, 'TRACKER_STATUS_PINNED')
      await assert.rejects(client.Status({ cid: new Uint8Array() }), (err: Error) => err instanceof InvalidParametersError && err.message === 'cid is required')
    } finally {
      client.close()
      await server.stop(1000)
    }
  })

  it('refuses operations beyond max_pin_queue_size with the original message', async () => {
    const tracker = await start({ concurrentPins: 1, maxPinQueueSize: 2 })
    // Blocks nobody has: their pins stay in flight until the tracker stops.
    const missing = await Promise.all([1, 2, 3, 4].map(async i => CID.createV1(raw.code, await sha256.digest(new TextEncoder().encode(`missing ${i} ${Date.now()}`)))))
    for (const cid of missing) consensus.pin(pinOf(cid))
    await waitStatus(tracker, missing[3], 'TRACKER_STATUS_PIN_ERROR')
    assert.equal(tracker.status(missing[3].bytes).error, QUEUE_FULL)
    assert.equal(QUEUE_FULL, 'pin/unpin operation queue is full. Try increasing max_pin_queue_size')
    assert.deepEqual(missing.map(c => tracker.status(c.bytes).status), ['TRACKER_STATUS_PINNING', 'TRACKER_STATUS_PIN_QUEUED', 'TRACKER_STATUS_PIN_QUEUED', 'TRACKER_STATUS_PIN_ERROR'])
    assert.equal(tracker.queued, 2)
  })
})
