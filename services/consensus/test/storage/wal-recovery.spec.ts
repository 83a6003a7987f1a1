import assert from 'node:assert/strict'
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { DurableStorage, LogCorruptedError } from '../../src/storage/index.js'
import { entries, removeTemp, tempDir } from './helpers.js'

describe('storage: WAL recovery', () => {
  let dir: string
  beforeEach(() => { dir = tempDir() })
  afterEach(() => removeTemp(dir))

  /** Three synced batches (1-3, 4-6, 7-9); returns the segment path and its size before the last batch. */
  function threeBatches (): { segment: string, before: number } {
    const s = DurableStorage.open(dir)
    s.append(entries(1, 3, 1))
    s.sync()
    s.append(entries(4, 6, 1))
    s.sync()
    const [name] = readdirSync(join(dir, 'wal'))
    const segment = join(dir, 'wal', name)
    const before = statSync(segment).size
    s.append(entries(7, 9, 2))
    s.sync()
    s.close()
    return { segment, before }
  }

  it('reopens every entry and its term', () => {
    threeBatches()
    const s = DurableStorage.open(dir)
    assert.equal(s.firstIndex(), 1)
    assert.equal(s.lastIndex(), 9)
    assert.equal(s.term(7), 2)
    assert.deepEqual(s.entries(1, 10).map(e => e.index), [1, 2, 3, 4, 5, 6, 7, 8, 9])
    assert.deepEqual(s.entries(4, 5), entries(4, 4, 1))
    s.close()
  })

  it('cuts a torn last batch back to the last commit frame, at every byte offset', function () {
    this.timeout(60_000)
    const { segment, before } = threeBatches()
    const whole = readFileSync(segment)
    for (let cut = before; cut < whole.length; cut++) {
      writeFileSync(segment, whole.subarray(0, cut))
      const s = DurableStorage.open(dir)
      // Cutting only into the padding of the final commit frame keeps the batch.
      const expected = cut >= whole.length - 7 ? 9 : 6
      assert.equal(s.lastIndex(), expected, `cut at ${cut}`)
      s.append(entries(expected + 1, expected + 1, 3))
      s.sync()
      s.close()
      const again = DurableStorage.open(dir)
      assert.equal(again.lastIndex(), expected + 1, `append after the cut at ${cut}`)
      assert.equal(again.term(expected + 1), 3)
      again.close()
    }
  })

  it('cuts a checksum-bad tail frame', () => {
    const { segment, before } = threeBatches()
    const bytes = readFileSync(segment)
    bytes[before + 12] ^= 0xff
    writeFileSync(segment, bytes)
    const s = DurableStorage.open(dir)
    assert.equal(s.lastIndex(), 6)
    assert.equal(statSync(segment).size, before)
    s.close()
  })

  it('refuses to start when a frame before the tail is bad', () => {
    const { segment } = threeBatches()
    const bytes = readFileSync(segment)
    bytes[20] ^= 0x01
    writeFileSync(segment, bytes)
    assert.throws(() => DurableStorage.open(dir), (err: Error) => {
      assert.ok(err instanceof LogCorruptedError)
      assert.equal(err.name, 'LogCorruptedError')
      assert.match(err.message, /^error starting cluster: consensus: log corrupted at wal\/0{19}1\.seg:0: checksum mismatch; run "ipfs-cluster-service state cleanup" and rejoin$/)
      return true
    })
  })

  it('refuses a bad frame in a segment that is not the newest', () => {
    const s = DurableStorage.open(dir, { segmentBytes: 256 })
    for (let i = 1; i <= 12; i += 3) {
      s.append(entries(i, i + 2, 1))
      s.sync()
    }
    s.close()
    const segments = readdirSync(join(dir, 'wal'))
    assert.ok(segments.length > 1)
    const first = join(dir, 'wal', segments[0])
    const bytes = readFileSync(first)
    writeFileSync(first, bytes.subarray(0, bytes.length - 8))
    assert.throws(() => DurableStorage.open(dir, { segmentBytes: 256 }), LogCorruptedError)
  })
})
