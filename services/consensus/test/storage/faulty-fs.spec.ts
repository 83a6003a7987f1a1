import assert from 'node:assert/strict'
import { join } from 'node:path'
import { EntryKind } from '../../src/raft/types.js'
import { DurableStorage, FaultyFileLayer } from '../../src/storage/index.js'
import { readStable, writeStable } from '../../src/storage/stable-store.js'
import { captureLogs, entries, removeTemp, tempDir } from './helpers.js'

describe('storage: crashes under FaultyFS', () => {
  let dir: string
  let files: FaultyFileLayer
  beforeEach(() => {
    dir = tempDir()
    files = new FaultyFileLayer()
  })
  afterEach(() => {
    files.close()
    removeTemp(dir)
  })

  const open = (): DurableStorage => DurableStorage.open(dir, { files, segmentBytes: 1024 })

  for (const garble of [false, true]) {
    it(`drops exactly the unsynced batches${garble ? ', with a garbled last sector' : ''}`, () => {
      const s = open()
      for (let i = 1; i <= 40; i += 4) {
        s.append(entries(i, i + 3, 1))
        s.sync()
      }
      s.append(entries(41, 45, 1))
      files.failNextDatasync()
      assert.throws(() => s.sync(), /simulated crash/)
      assert.ok(files.unsyncedBytes() > 0)
      const { lines } = captureLogs(() => {
        files.crash({ garble })
        const again = open()
        assert.equal(again.lastIndex(), 40)
        assert.deepEqual(again.entries(37, 41), entries(37, 40, 1))
        again.append(entries(41, 41, 2))
        again.sync()
        files.crash({ garble })
        assert.equal(open().lastIndex(), 41)
      })
      if (garble) assert.ok(lines.some(l => /WAL tail is torn.*file=wal\/\d{20}\.seg offset=\d+/.test(l)), lines.join('\n'))
    })
  }

  it('a crash before the first sync leaves an empty log', () => {
    const s = open()
    s.append(entries(1, 3, 1))
    files.crash({ garble: true })
    const again = captureLogs(() => open()).result
    assert.equal(again.lastIndex(), 0)
    assert.equal(again.firstIndex(), 1)
  })

  it('truncation is durable across a crash', () => {
    const s = open()
    s.append(entries(1, 10, 1))
    s.sync()
    s.append(entries(6, 7, 2))
    files.crash()
    const again = open()
    assert.equal(again.lastIndex(), 5, 'the truncation survived though the new entries were not synced')
    assert.equal(again.term(5), 1)
  })

  it('truncation across segments removes the later segments', () => {
    const s = open()
    for (let i = 1; i <= 60; i += 6) {
      s.append(entries(i, i + 5, 1))
      s.sync()
    }
    s.truncateFrom(8)
    files.crash()
    const again = open()
    assert.equal(again.lastIndex(), 7)
    again.append(entries(8, 9, 3))
    again.sync()
    assert.deepEqual(open().entries(7, 10).map(e => e.term), [1, 3, 3])
  })

  it('the stable store keeps the old value when a crash hits a write', () => {
    const path = join(dir, 'stable')
    writeStable(files, path, { term: 3, vote: 'a', commit: 7 })
    // A write cut short before its fdatasync: only the temp file was touched.
    files.append(`${path}.tmp`, Buffer.from('{"term":4,"vote":"b"'))
    files.crash({ garble: true })
    assert.deepEqual(readStable(files, path), { term: 3, vote: 'a', commit: 7 })
    writeStable(files, path, { term: 4, vote: null, commit: 7 })
    files.crash()
    assert.deepEqual(readStable(files, path), { term: 4, vote: null, commit: 7 })
  })

  it('term and vote are durable as soon as setHardState returns; the commit index rides on commit frames', () => {
    const s = open()
    s.append([{ index: 1, term: 1, kind: EntryKind.NOOP, data: new Uint8Array() }])
    s.setHardState({ term: 5, vote: 'x', commit: 1 })
    s.sync()
    files.crash()
    assert.deepEqual(open().initialState(), { term: 5, vote: 'x', commit: 1 })
  })
})
