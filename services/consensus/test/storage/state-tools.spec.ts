import assert from 'node:assert/strict'
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { Writable } from 'node:stream'
import { CID, type MultihashDigest } from 'multiformats/cid'
import { codec } from '@ipfscluster/proto'
import { EntryKind, type Entry } from '../../src/raft/types.js'
import {
  DurableStorage, InvalidStateInputError, PROGRESS_EVERY, cleanup, exportState, formatVersion, importState, type ImportOptions
} from '../../src/storage/index.js'
import { captureAsync, cidOf, removeTemp, tempDir } from './helpers.js'

const PEER = '12D3KooWCLKKDpG1EndPjLYzsqzoqEUBwF2CNyCVdvMVci2x1ppS'
const ops = codec('ipfscluster.types.v1.Op')

/** A writable that keeps what it is given. */
function sink (): { out: Writable, text: () => string } {
  const chunks: string[] = []
  const out = new Writable({ write (chunk, _enc, cb) { chunks.push(String(chunk)); cb() } })
  return { out, text: () => chunks.join('') }
}

/** A varied pin op for seed `i`: direct/recursive, names, metadata, allocations, expiry, linked CIDs. */
function variedOp (i: number, index: number): Entry {
  const limited = i % 3 === 0
  const pin = {
    cid: cidOf(i).bytes,
    type: 'PIN_TYPE_PIN' as const,
    max_depth: i % 5 === 0 ? 0 : -1,
    name: i % 2 === 0 ? `pin ${i} "quoted"` : '',
    replication_factor_min: limited ? 2 : -1,
    replication_factor_max: limited ? 3 : -1,
    allocations: limited ? [PEER] : [],
    timestamp: 1714557600000 + i * 7,
    expire_at: i % 7 === 0 ? 1900000000000 + i : 0,
    metadata: (i % 4 === 0 ? { z: 'last', a: `v${i}` } : {}) as Record<string, string>,
    origins: i % 6 === 0 ? ['/ip4/1.2.3.4/tcp/4001/p2p/' + PEER] : [],
    pin_update: i % 8 === 0 ? cidOf(i + 1).bytes : Buffer.alloc(0),
    shard_size: i % 9 === 0 ? 1024 : 0
  }
  return { index, term: 1, kind: EntryKind.COMMAND, data: new Uint8Array(ops.encode({ type: 'OP_TYPE_PIN', pin })) }
}

describe('storage: state export, import, cleanup', () => {
  let root: string
  let folder: string
  const options = (extra: Partial<ImportOptions> = {}): ImportOptions =>
    ({ defaultReplicationMin: -1, defaultReplicationMax: -1, peers: [PEER], backupsRotate: 5, now: 1700000000000, ...extra })

  beforeEach(() => {
    root = tempDir()
    folder = join(root, 'ipfs-cluster-data')
  })
  afterEach(() => removeTemp(root))

  /** A folder with `count` + 1 committed pins, pin 1 unpinned again, and an uncommitted tail. */
  function stateWith (count: number): void {
    const s = DurableStorage.open(folder)
    const batch: Entry[] = []
    for (let i = 1; i <= count; i++) batch.push(variedOp(i, i))
    batch.push({ index: count + 1, term: 1, kind: EntryKind.COMMAND, data: new Uint8Array(ops.encode({ type: 'OP_TYPE_UNPIN', pin: { cid: cidOf(1).bytes } })) })
    batch.push(variedOp(count + 100, count + 2))
    for (let i = 0; i < batch.length; i += 1000) {
      s.append(batch.slice(i, i + 1000))
      s.sync()
    }
    s.setHardState({ term: 1, vote: null, commit: count + 2 })
    s.append([variedOp(count + 200, count + 3)])
    s.sync()
    s.close()
  }

  it('formatVersion is the state format', () => {
    assert.equal(formatVersion(), 1)
  })

  it('export of a missing state is empty', async () => {
    const { out, text } = sink()
    assert.equal(await exportState(folder, out), 0)
    assert.equal(text(), '')
  })

  it('export → cleanup → import → export is byte-identical (10 000 pins)', async function () {
    this.timeout(60_000)
    stateWith(10_000)
    const first = sink()
    const progress: number[] = []
    assert.equal(await exportState(folder, first.out, n => progress.push(n)), 9_999 + 1)
    assert.deepEqual(progress, [PROGRESS_EVERY])
    const lines = first.text().split('\n')
    assert.equal(lines.pop(), '')
    const cids = lines.map(l => JSON.parse(l).cid as string)
    assert.ok(cids.every((c, i) => i === 0 || cids[i - 1] < c), 'sorted by CID string')
    assert.ok(!first.text().includes(cidOf(1).toString()), 'the unpin was applied')
    assert.ok(!first.text().includes(cidOf(10_200).toString()), 'the uncommitted entry was not')
    const sample = JSON.parse(lines.find(l => l.includes(cidOf(8).toString())) as string)
    assert.deepEqual(Object.keys(sample), ['replication_factor_min', 'replication_factor_max', 'name', 'mode', 'shard_size', 'user_allocations',
      'expire_at', 'metadata', 'pin_update', 'origins', 'cid', 'type', 'allocations', 'max_depth', 'reference', 'timestamp'])
    assert.deepEqual(sample.metadata, { a: 'v8', z: 'last' })
    assert.equal(sample.pin_update, cidOf(9).toString())
    assert.equal(sample.user_allocations, null)
    assert.equal(sample.reference, null)
    assert.equal(sample.timestamp, '2024-05-01T10:00:00.056Z')
    const plain = JSON.parse(lines.find(l => l.includes(cidOf(11).toString())) as string)
    assert.equal(plain.metadata, null)
    assert.deepEqual(plain.origins, [])
    assert.equal(plain.expire_at, '0001-01-01T00:00:00Z')

    assert.equal(cleanup(folder, 5), 'rotated')
    assert.ok(existsSync(`${folder}.old.0`) && !existsSync(folder))
    const imported = await importState(folder, [first.text()], options(), () => {})
    assert.equal(imported, 10_000)
    const second = sink()
    await exportState(folder, second.out)
    assert.equal(second.text(), first.text())

    const s = DurableStorage.open(folder)
    assert.deepEqual(s.snapshot().configuration, { voters: [PEER], learners: [] })
    assert.equal(s.snapshot().index, 1)
  })

  it('import over an existing state keeps its (index, term) and configuration, and rotates it', async () => {
    stateWith(20)
    await importState(folder, [`{"cid":"${cidOf('x').toString()}"}\n`], options({ peers: ['ignored'] }))
    const s = DurableStorage.open(folder)
    assert.equal(s.snapshot().index, 23, 'the last index, committed or not')
    assert.equal(s.snapshot().term, 1)
    assert.equal(s.state.size, 1)
    assert.ok(existsSync(`${folder}.old.0`))
  })

  it('validates every entry first: `line N: …` and nothing changed', async () => {
    stateWith(3)
    const before = readdirSync(root)
    const input = [
      `{"cid":"${cidOf(1).toString()}"}`,
      `{"cid":"${cidOf(2).toString()}","mode":"direct"}`,
      '{"cid":"not-a-cid"}'
    ].join('\n')
    await assert.rejects(importState(folder, [input], options()), (err: Error) => {
      assert.ok(err instanceof InvalidStateInputError)
      assert.match(err.message, /^line 3: error decoding Cid: /)
      return true
    })
    assert.deepEqual(readdirSync(root), before)
    for (const [text, message] of [
      [`{"cid":"${cidOf(1)}","mode":"direct","max_depth":-1}`, /^line 1: mode "direct" does not agree with max_depth -1$/],
      [`\n\n{"cid":"${cidOf(1)}","type":"bogus"}`, /^line 3: unknown pin type "bogus"$/],
      [`{"cid":"${cidOf(1)}","allocations":["nope"]}`, /^line 1: error decoding peer ID "nope": /],
      [`{"cid":"${cidOf(1)}","replication_factor_min":3,"replication_factor_max":2}`, /^line 1: replication_factor_min is larger than max$/],
      [`{"cid":"${cidOf(1)}"}\n{"cid": `, /^line 2: unexpected end of JSON input$/],
      ['[1]', /^line 1: expected a JSON object/]
    ] as const) {
      await assert.rejects(importState(folder, [text], options()), (err: Error) => message.test(err.message))
    }
    await assert.rejects(importState(folder, [''], options({ allocations: ['bad'] })), (err: Error) => /^--allocations: error decoding peer ID "bad": /.test(err.message))
    assert.deepEqual(readdirSync(root), before)
  })

  it('imports the 0.3.x array form, pretty-printed objects and defaults; a duplicate CID: last wins with a WARN', async () => {
    const v0 = CID.createV0(cidOf('old').multihash as MultihashDigest<0x12>).toString()
    const legacy = JSON.stringify([
      { cid: v0, name: 'old one', allocations: [], replication_factor: -1 },
      { cid: cidOf('b').toString(), name: 'two', allocations: [PEER], replication_factor: 2 }
    ], null, 2)
    await importState(folder, [legacy.slice(0, 40), legacy.slice(40)], options())
    const out = sink()
    await exportState(folder, out.out)
    const pins = out.text().trim().split('\n').map(l => JSON.parse(l))
    const old = pins.find(p => p.cid === v0)
    assert.deepEqual([old.replication_factor_min, old.replication_factor_max, old.mode, old.max_depth, old.type, old.name], [-1, -1, 'recursive', -1, 'pin', 'old one'])
    const two = pins.find(p => p.name === 'two')
    assert.deepEqual([two.replication_factor_min, two.replication_factor_max, two.allocations], [2, 2, [PEER]])
    assert.equal(two.timestamp, '2023-11-14T22:13:20Z')

    const pretty = `{\n  "cid": "${cidOf(1)}",\n  "name": "first"\n}\n{\n  "cid": "${cidOf(1)}",\n  "name": "second", "mode": "direct"\n}\n`
    const { lines } = await captureAsync(() => importState(folder, [pretty], options()))
    assert.ok(lines.some(l => l.includes('WARN') && l.includes('duplicate CID') && l.includes('line=5')), lines.join('\n'))
    const again = sink()
    await exportState(folder, again.out)
    const only = JSON.parse(again.text())
    assert.deepEqual([only.name, only.mode, only.max_depth], ['second', 'direct', 0])
    assert.deepEqual(readdirSync(root).sort(), ['ipfs-cluster-data', 'ipfs-cluster-data.old.0'])
  })

  it('cleanup of a folder without state removes it; rotation keeps backups_rotate backups', async () => {
    const s = DurableStorage.open(folder)
    s.close()
    assert.equal(cleanup(folder, 3), 'removed')
    assert.ok(!existsSync(folder))
    for (let i = 0; i < 5; i++) {
      stateWith(1)
      writeFileSync(join(folder, 'marker'), String(i))
      assert.equal(cleanup(folder, 3), 'rotated')
    }
    assert.deepEqual(readdirSync(root).sort(), ['ipfs-cluster-data.old.0', 'ipfs-cluster-data.old.1', 'ipfs-cluster-data.old.2'])
    assert.equal(readFileSync(join(`${folder}.old.0`, 'marker'), 'utf8'), '4')
    assert.equal(readFileSync(join(`${folder}.old.2`, 'marker'), 'utf8'), '2')
    assert.equal(cleanup(folder, 3), 'absent')
  })
})
