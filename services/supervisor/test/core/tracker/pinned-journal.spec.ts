/** Unit tests of the pinned journal: reload gives the live set, it is rewritten when mostly dead, a torn line is ignored. */
import assert from 'node:assert/strict'
import { appendFile, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { removeDir, shortTmpDir } from '@ipfscluster/testing'
import { PinnedJournal } from '../../../src/core/tracker/pinned-journal.js'

const key = (i: number): string => Buffer.from(`cid-${i}`).toString('latin1')

describe('pinned journal', () => {
  let dir: string
  beforeEach(async () => { dir = await shortTmpDir('pj') })
  afterEach(async () => { await removeDir(dir) })

  it('reloads the live set, rewritten once it is mostly removals, ignoring a torn last line', async () => {
    const journal = new PinnedJournal(dir)
    await journal.load()
    for (let i = 0; i < 3000; i++) journal.add(key(i))
    await journal.flush()
    for (let i = 0; i < 2900; i++) journal.delete(key(i))
    await journal.flush()
    const file = join(dir, 'pintracker', 'pinned.log')
    const lines = (await readFile(file, 'latin1')).split('\n').filter(l => l !== '').length
    assert.ok(lines < 3000, `rewritten, ${lines} lines for 100 live keys`)
    await appendFile(file, '+Y2lk')
    const again = new PinnedJournal(dir)
    await again.load()
    assert.deepEqual([...again.keys].sort(), Array.from({ length: 100 }, (_, i) => key(2900 + i)).sort())
    again.add(key(5000))
    await again.flush()
    const third = new PinnedJournal(dir)
    await third.load()
    assert.equal(third.keys.size, 101, 'the write after a torn line starts clean')
  })
})
