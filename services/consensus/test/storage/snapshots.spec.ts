import assert from 'node:assert/strict'
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { makeConfiguration } from '../../src/raft/configuration.js'
import type { SnapshotMeta } from '../../src/raft/types.js'
import { DurableStorage, SNAPSHOTS_KEPT, SnapshotCorruptedError, type StoredSnapshot } from '../../src/storage/index.js'
import { captureLogs, cidOf, entries, removeTemp, tempDir } from './helpers.js'

const configuration = makeConfiguration(['a', 'b', 'c'])
const metaAt = (index: number, term: number): SnapshotMeta => ({ index, term, configuration, configurationIndex: 1 })

describe('storage: snapshots', () => {
  let dir: string
  beforeEach(() => { dir = tempDir() })
  afterEach(() => removeTemp(dir))

  /** A log of `count` entries at term 1, in batches of 10. */
  function filled (count: number, options = {}): DurableStorage {
    const s = DurableStorage.open(dir, options)
    for (let i = 1; i <= count; i += 10) {
      s.append(entries(i, Math.min(count, i + 9), 1))
      s.sync()
    }
    return s
  }

  /** Applies the entries after the current snapshot up to `index`, then snapshots there (as the shell does). */
  function snapshotAt (s: DurableStorage, index: number): StoredSnapshot {
    const from = s.snapshot().index + 1
    if (index >= from) for (const e of s.entries(from, index + 1)) s.state.apply(e)
    return s.createSnapshot(metaAt(index, 1))
  }

  const snapshotDirs = (): string[] => readdirSync(join(dir, 'snapshots')).sort()

  it('writes meta.json as specified and restarts from the snapshot plus the log', () => {
    const s = filled(100)
    const stored = snapshotAt(s, 60)
    s.close()
    const meta = JSON.parse(readFileSync(join(dir, 'snapshots', stored.id, 'meta.json'), 'utf8'))
    assert.deepEqual(Object.keys(meta), ['version', 'id', 'index', 'term', 'configuration', 'configuration_index', 'size', 'crc32c', 'state_format'])
    assert.equal(meta.id, stored.id)
    assert.match(meta.id, /^1-60-\d+$/)
    assert.deepEqual(meta.configuration, { voters: ['a', 'b', 'c'], learners: [] })
    assert.match(meta.crc32c, /^[0-9a-f]{8}$/)
    const again = DurableStorage.open(dir)
    assert.deepEqual(again.snapshot(), metaAt(60, 1))
    assert.equal(again.state.size, 60)
    assert.ok(again.state.get(cidOf(60).bytes) !== undefined)
    assert.equal(again.state.get(cidOf(61).bytes), undefined)
    assert.equal(again.lastIndex(), 100)
    assert.equal(again.entries(61, 62)[0].index, 61)
  })

  it('compaction deletes the segments wholly below snapshot index − trailing_logs', () => {
    const s = filled(200, { segmentBytes: 2048, trailingLogs: 50 })
    const before = readdirSync(join(dir, 'wal')).length
    snapshotAt(s, 150)
    assert.equal(s.firstIndex(), 101)
    assert.throws(() => s.entries(100, 101), /compaction/)
    const segments = readdirSync(join(dir, 'wal'))
    assert.ok(segments.length < before)
    assert.ok(Number(segments[0].slice(0, 20)) <= 101)
    s.close()
    const again = DurableStorage.open(dir, { segmentBytes: 2048 })
    assert.ok(again.firstIndex() <= 101)
    assert.deepEqual(again.entries(101, 201).map(e => e.index), Array.from({ length: 100 }, (_, i) => 101 + i))
  })

  it('keeps the five newest snapshots', () => {
    const s = filled(100)
    for (let i = 1; i <= 8; i++) snapshotAt(s, i * 10)
    assert.equal(snapshotDirs().length, SNAPSHOTS_KEPT)
    assert.ok(snapshotDirs().every(n => Number(n.split('-')[1]) >= 40))
  })

  it('skips a newest snapshot whose state.bin fails its checksum', () => {
    const s = filled(100)
    snapshotAt(s, 40)
    const newest = snapshotAt(s, 80)
    s.close()
    const state = join(dir, 'snapshots', newest.id, 'state.bin')
    const bytes = readFileSync(state)
    bytes[bytes.length - 3] ^= 0x10
    writeFileSync(state, bytes)
    const { result: again, lines } = captureLogs(() => DurableStorage.open(dir))
    assert.equal(again.snapshot().index, 40)
    assert.equal(again.state.size, 40)
    assert.ok(lines.some(l => l.includes('ERROR') && l.includes(newest.id) && l.includes('checksum')), lines.join('\n'))
  })

  it('skips a stale higher-term snapshot that does not fit the log (original #424)', () => {
    const s = filled(100)
    const good = snapshotAt(s, 50)
    s.close()
    // Same state bytes, but claiming term 7: one beyond the log, one contradicting its term at 90.
    for (const [id, index] of [['7-150-1', 150], ['7-90-1', 90]] as const) {
      const folder = join(dir, 'snapshots', id)
      const meta = JSON.parse(readFileSync(join(dir, 'snapshots', good.id, 'meta.json'), 'utf8'))
      Object.assign(meta, { id, index, term: 7 })
      mkdirSync(folder)
      writeFileSync(join(folder, 'meta.json'), JSON.stringify(meta))
      writeFileSync(join(folder, 'state.bin'), readFileSync(join(dir, 'snapshots', good.id, 'state.bin')))
    }
    const { result: again, lines } = captureLogs(() => DurableStorage.open(dir))
    assert.equal(again.snapshot().index, 50)
    assert.equal(lines.filter(l => l.includes('inconsistent with the log')).length, 2, lines.join('\n'))
  })

  it('refuses to start when the log needs a snapshot and none is usable', () => {
    const s = filled(100, { segmentBytes: 1024, trailingLogs: 10 })
    const only = snapshotAt(s, 90)
    s.close()
    writeFileSync(join(dir, 'snapshots', only.id, 'state.bin'), 'garbage')
    assert.throws(() => captureLogs(() => DurableStorage.open(dir, { segmentBytes: 1024 })), SnapshotCorruptedError)
  })

  it('installs a snapshot from the leader: state replaced, log reset to start after it', () => {
    const leader = filled(30)
    const sent = snapshotAt(leader, 30)
    const bytes = readFileSync(leader.snapshotStatePath() as string)
    leader.close()
    removeTemp(join(dir, 'snapshots'))
    removeTemp(join(dir, 'wal'))
    const follower = filled(5)
    follower.applySnapshot({ ...metaAt(30, 1) }, [bytes.subarray(0, 100), bytes.subarray(100)])
    assert.equal(follower.firstIndex(), 31)
    assert.equal(follower.lastIndex(), 30)
    assert.equal(follower.term(30), 1)
    assert.equal(follower.state.size, 30)
    follower.append(entries(31, 32, 2))
    follower.sync()
    follower.close()
    const again = DurableStorage.open(dir)
    assert.equal(again.snapshot().index, sent.meta.index)
    assert.equal(again.firstIndex(), 31)
    assert.equal(again.lastIndex(), 32)
    assert.equal(again.state.size, 30)
  })
})
