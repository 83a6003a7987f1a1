import assert from 'node:assert/strict'
import { LogCompactedError, LogUnavailableError } from '../../src/raft/errors.js'
import { CACHED_ENTRIES, DurableStorage } from '../../src/storage/index.js'
import { entries, removeTemp, tempDir } from './helpers.js'

describe('storage: DurableStorage read side', () => {
  let dir: string
  beforeEach(() => { dir = tempDir() })
  afterEach(() => removeTemp(dir))

  it('starts empty: firstIndex 1, lastIndex 0, zero hard state', () => {
    const s = DurableStorage.open(dir)
    assert.equal(s.firstIndex(), 1)
    assert.equal(s.lastIndex(), 0)
    assert.equal(s.term(0), 0)
    assert.deepEqual(s.initialState(), { term: 0, vote: null, commit: 0 })
    assert.equal(s.snapshot().index, 0)
    assert.throws(() => s.term(1), LogUnavailableError)
    assert.throws(() => s.entries(1, 2), LogUnavailableError)
  })

  it(`keeps ${CACHED_ENTRIES} entries in memory and reads older ones from the WAL`, () => {
    const s = DurableStorage.open(dir, { segmentBytes: 16 * 1024 })
    const all = entries(1, 2000, 1)
    for (let i = 0; i < all.length; i += 64) {
      s.append(all.slice(i, i + 64))
      s.sync()
    }
    assert.deepEqual(s.entries(1, 2001), all)
    assert.deepEqual(s.entries(100, 2001, 3), all.slice(99, 102))
    assert.deepEqual(s.entries(5, 6, 0), [all[4]], 'at least one entry')
  })

  it('an overlapping append replaces the suffix', () => {
    const s = DurableStorage.open(dir)
    s.append(entries(1, 5, 1))
    s.sync()
    s.append(entries(3, 4, 2))
    s.sync()
    assert.equal(s.lastIndex(), 4)
    assert.deepEqual(s.entries(1, 5).map(e => e.term), [1, 1, 2, 2])
    s.close()
    assert.deepEqual(DurableStorage.open(dir).entries(1, 5).map(e => e.term), [1, 1, 2, 2])
  })

  it('refuses appends that leave a gap or reach below the compaction point', () => {
    const s = DurableStorage.open(dir)
    s.append(entries(1, 5, 1))
    s.sync()
    assert.throws(() => s.append(entries(7, 7, 1)), LogUnavailableError)
    s.state.apply(entries(1, 1, 1)[0])
    s.createSnapshot({ index: 3, term: 1, configuration: { voters: ['a'], learners: [] }, configurationIndex: 0 })
    s.compact(3)
    assert.throws(() => s.append(entries(2, 2, 1)), LogCompactedError)
    assert.throws(() => s.entries(3, 4), LogCompactedError)
    assert.equal(s.term(3), 1)
  })

  it('the commit index survives a restart through the commit frames, clamped to the log', () => {
    const s = DurableStorage.open(dir)
    s.append(entries(1, 5, 1))
    s.setHardState({ term: 1, vote: null, commit: 4 })
    s.sync()
    s.close()
    assert.equal(DurableStorage.open(dir).initialState().commit, 4)
  })
})
