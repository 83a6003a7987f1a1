import assert from 'node:assert/strict'
import { InvalidParametersError, NoLeaderError, NotFoundError, type PromiseClient } from '@ipfscluster/chassis'
import { listedPins, type ConsensusClient, type MessageOutput } from '@ipfscluster/proto'
import { removeDir, shortTmpDir, waitFor } from '@ipfscluster/testing'
import { cidOf } from './storage/helpers.js'
import { consensusClient, createNode, startConsensus, startSingleLeader, testPin, type TestNode } from './support/nodes.js'

type WatchItem = MessageOutput<'ipfscluster.consensus.v1.WatchAppliedResponse'>

/** Reads a WatchApplied stream into `items` until the returned stop is called. */
function watch (c: PromiseClient<ConsensusClient>, from: number, items: WatchItem[]): () => void {
  const abort = new AbortController()
  void (async () => {
    for await (const item of c.WatchApplied({ from_index: from }, { signal: abort.signal })) items.push(item)
  })().catch(() => {})
  return () => { abort.abort() }
}

describe('consensus process, single peer', function () {
  this.timeout(120_000)
  let root: string
  let node: TestNode
  let c: PromiseClient<ConsensusClient>

  before(async () => {
    root = await shortTmpDir('cs1')
    node = await createNode(root, 'a', { raft: { trailing_logs: 0 } })
    c = await startSingleLeader(node, 20_000)
  })

  after(async () => {
    c?.close()
    await node?.consensus?.stop('SIGKILL')
    await removeDir(root)
  })

  it('leads alone: Leader, Peers and Status name itself', async () => {
    assert.equal((await c.Leader({})).leader, node.id)
    assert.deepEqual((await c.Peers({})).peers, [node.id])
    const st = await c.Status({})
    assert.equal(st.id, node.id)
    assert.deepEqual(st.configuration?.voters, [node.id])
    assert.match(node.consensus?.output() ?? '', new RegExp(`Raft Leader elected: ${node.id}`))
  })

  it('commits pins and unpins; PinGet, List and WaitForSync read them', async () => {
    const indexes = await Promise.all([1, 2, 3].map(async i => Number((await c.LogPin({ pin: testPin(i) })).index)))
    assert.equal(new Set(indexes).size, 3)
    const got = await c.PinGet({ cid: cidOf(2).bytes, linearizable: true })
    assert.equal(got.pin?.name, 'pin 2')
    await c.LogUnpin({ pin: { cid: cidOf(2).bytes } })
    await assert.rejects(c.PinGet({ cid: cidOf(2).bytes, linearizable: false }), (err: Error) => err instanceof NotFoundError && /pin is not part of the pinset/.test(err.message))
    const listed: string[] = []
    for await (const pin of listedPins(c.List({ linearizable: true, types: [] }))) listed.push(pin.name)
    assert.deepEqual(listed.sort(), ['pin 1', 'pin 3'])
    const synced = await c.WaitForSync({})
    assert.equal(Number(synced.applied_index), Number((await c.Status({})).applied_index))
    assert.match(node.consensus?.output() ?? '', new RegExp(`pin committed to global state: ${cidOf(1).toString()}`))
  })

  it('refuses an invalid pin with a named error and changes nothing', async () => {
    const before = Number((await c.Status({})).last_index)
    await assert.rejects(c.LogPin({ pin: { ...testPin(9), cid: Buffer.from('not a cid') } }), InvalidParametersError)
    await assert.rejects(c.LogPin({ pin: { ...testPin(9), replication_factor_min: 3, replication_factor_max: 2 } }), /replication_factor_min is larger than max/)
    assert.equal(Number((await c.Status({})).last_index), before)
    await assert.rejects(c.PinGet({ cid: cidOf(9).bytes, linearizable: false }), NotFoundError)
  })

  it('WatchApplied sends history, caught_up once, then live ops', async () => {
    const items: WatchItem[] = []
    const stop = watch(c, 1, items)
    try {
      await waitFor(() => items.some(i => i.caught_up != null), { what: 'caught_up' })
      const history = items.filter(i => i.applied != null).map(i => `${i.applied?.op?.type} ${i.applied?.op?.pin?.name ?? ''}`)
      assert.deepEqual(history.slice(0, 3).map(h => h.split(' ')[0]), ['OP_TYPE_PIN', 'OP_TYPE_PIN', 'OP_TYPE_PIN'])
      assert.ok(history.includes('OP_TYPE_UNPIN '))
      const index = Number((await c.LogPin({ pin: testPin(4) })).index)
      await waitFor(() => items.some(i => Number(i.applied?.index) === index), { what: 'the live op' })
      assert.equal(items.filter(i => i.caught_up != null).length, 1)
      const indexes = items.filter(i => i.applied != null).map(i => Number(i.applied?.index))
      assert.deepEqual(indexes, [...indexes].sort((a, b) => a - b), 'in log order')
      assert.equal(new Set(indexes).size, indexes.length, 'no duplicate')
    } finally {
      stop()
    }
  })

  it('after a snapshot compacted the log, WatchApplied(1) starts with the snapshot image', async () => {
    const snap = await c.Snapshot({})
    const at = Number(snap.snapshot_index)
    assert.ok(at > 0)
    const items: WatchItem[] = []
    const stop = watch(c, 1, items)
    try {
      await waitFor(() => items.some(i => i.caught_up != null), { what: 'caught_up' })
      assert.equal(Number(items[0].reset?.snapshot_index), at)
      const end = items.findIndex(i => i.reset_end != null)
      const image = items.slice(1, end).map(i => i.applied?.op?.pin?.name).sort()
      assert.deepEqual(image, ['pin 1', 'pin 3', 'pin 4'])
      assert.equal(Number(items[0].reset?.pin_count), 3)
    } finally {
      stop()
    }
  })

  it('keeps every acknowledged pin across kill -9 and leads again', async () => {
    const index = Number((await c.LogPin({ pin: testPin(5) })).index)
    await node.consensus?.stop('SIGKILL')
    await startConsensus(node)
    await waitFor(async () => (await c.Status({}).catch(() => undefined))?.role === 'RAFT_ROLE_LEADER', { timeout: 20_000, what: 'leader after restart' })
    await c.WaitForSync({})
    assert.ok(Number((await c.Status({})).applied_index) >= index)
    for (const seed of [1, 3, 4, 5]) assert.equal((await c.PinGet({ cid: cidOf(seed).bytes, linearizable: false })).pin?.name, `pin ${seed}`)
    await assert.rejects(c.PinGet({ cid: cidOf(2).bytes, linearizable: false }), NotFoundError)
  })

  it('SIGTERM takes a shutdown snapshot and exits 0; the next start loads it', async () => {
    const applied = Number((await c.Status({})).applied_index)
    assert.equal(await node.consensus?.stop('SIGTERM'), 0)
    assert.match(node.consensus?.output() ?? '', new RegExp(`snapshot taken .*index=${applied}`))
    await startConsensus(node)
    assert.match(node.consensus?.output() ?? '', new RegExp(`consensus state loaded .*snapshot_index=${applied}`))
    assert.equal((await c.PinGet({ cid: cidOf(5).bytes, linearizable: false })).pin?.name, 'pin 5')
  })
})

describe('consensus process, join mode', function () {
  this.timeout(60_000)

  it('with cluster.bootstrap and no state it has no configuration and no leader', async () => {
    const root = await shortTmpDir('csj')
    const node = await createNode(root, 'j', { bootstrap: ['/ip4/127.0.0.1/tcp/1/p2p/12D3KooWCLKKDpG1EndPjLYzsqzoqEUBwF2CNyCVdvMVci2x1ppS'] })
    const c = consensusClient(node)
    try {
      await startConsensus(node)
      const st = await c.Status({})
      assert.equal(st.role, 'RAFT_ROLE_JOINING')
      assert.deepEqual((await c.Peers({})).peers, [])
      await assert.rejects(c.Leader({}), NoLeaderError)
    } finally {
      c.close()
      await node.consensus?.stop('SIGKILL')
      await removeDir(root)
    }
  })
})
