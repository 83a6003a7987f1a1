import assert from 'node:assert/strict'
import { join } from 'node:path'
import type { PromiseClient } from '@ipfscluster/chassis'
import { codec, listedPins, type ConsensusClient } from '@ipfscluster/proto'
import { removeDir, shortTmpDir } from '@ipfscluster/testing'
import { CID } from 'multiformats/cid'
import { LIST_BATCH_BYTES, LIST_BATCH_PINS } from '../src/consensus.js'
import { importState } from '../src/storage/index.js'
import { cidOf } from './storage/helpers.js'
import { createNode, startSingleLeader, type TestNode } from './support/nodes.js'

const pins = codec('ipfscluster.types.v1.Pin')
/** Mostly small pins (batches cut at LIST_BATCH_PINS) with large ones among them (some batches cut by size first). */
const SMALL = 4000
const LARGE = 200
const seeds = [...Array.from({ length: SMALL }, (_, i) => `small-${i}`), ...Array.from({ length: LARGE }, (_, i) => `large-${i}`)]
/** The client re-encodes the decoded pins with their default fields: a few bytes more per pin than the server counted. */
const REENCODING_SLACK = 16

function * exportLines (): Generator<string> {
  for (const seed of seeds) {
    const name = seed.startsWith('large') ? seed.padEnd(4000, '.') : seed
    yield `{"cid":"${cidOf(seed).toString()}","name":"${name}","replication_factor_min":-1,"replication_factor_max":-1}\n`
  }
}

describe(`Consensus.List of ${seeds.length} pins, in batches`, function () {
  this.timeout(300_000)
  let root: string
  let node: TestNode
  let c: PromiseClient<ConsensusClient>

  before(async () => {
    root = await shortTmpDir('csl')
    node = await createNode(root, 'a')
    await importState(join(node.dir, 'ipfs-cluster-data'), exportLines(), { peers: [node.id], backupsRotate: 1, defaultReplicationMin: -1, defaultReplicationMax: -1 })
    c = await startSingleLeader(node, 60_000)
  })

  after(async () => {
    c?.close()
    await node?.consensus?.stop('SIGKILL')
    await removeDir(root)
  })

  it('returns every pin once, in CID byte order across batch boundaries', async () => {
    const cids: Buffer[] = []
    for await (const pin of listedPins(c.List({ linearizable: true, types: [] }))) cids.push(Buffer.from(pin.cid))
    assert.equal(cids.length, seeds.length)
    for (let i = 1; i < cids.length; i++) assert.ok(Buffer.compare(cids[i - 1], cids[i]) < 0, `pin ${i} does not come after pin ${i - 1}`)
    assert.deepEqual(new Set(cids.map(b => CID.decode(b).toString())), new Set(seeds.map(s => cidOf(s).toString())))
  })

  it('sends non-empty batches of at most LIST_BATCH_PINS pins or about LIST_BATCH_BYTES, field `pin` unused', async () => {
    const batches: number[][] = []
    for await (const item of c.List({ linearizable: false, types: [] })) {
      assert.equal(item.pin, null)
      batches.push(item.pins.map(p => pins.encode(p).length))
    }
    assert.equal(batches.flat().length, seeds.length)
    for (const sizes of batches) {
      assert.ok(sizes.length > 0 && sizes.length <= LIST_BATCH_PINS, `a batch of ${sizes.length} pins`)
      const beforeLast = sizes.slice(0, -1).reduce((a, b) => a + b, 0)
      assert.ok(beforeLast < LIST_BATCH_BYTES + REENCODING_SLACK * sizes.length, `a batch went on after ${beforeLast} bytes`)
    }
    assert.ok(batches.some(b => b.length === LIST_BATCH_PINS), 'no batch was cut by count')
    assert.ok(batches.slice(0, -1).some(b => b.length < LIST_BATCH_PINS), 'no batch was cut by size')
  })
})
