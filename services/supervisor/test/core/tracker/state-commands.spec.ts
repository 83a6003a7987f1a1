/**
 * `state cleanup` and `state import` start a new log: the tracker's saved
 * progress (and pinned journal) must go with the old one, or the next start
 * would ask consensus for indexes past the new log's first entries.
 */
import assert from 'node:assert/strict'
import { access, mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { removeDir, shortTmpDir } from '@ipfscluster/testing'
import { cli } from '../../cli-helpers.js'

describe('state commands and the tracker progress', function () {
  this.timeout(120_000)
  let dir: string
  const progress = async (): Promise<boolean> => access(join(dir, 'pintracker', 'applied.json')).then(() => true, () => false)
  const saveProgress = async (): Promise<void> => {
    await mkdir(join(dir, 'pintracker'), { recursive: true })
    await writeFile(join(dir, 'pintracker', 'applied.json'), JSON.stringify({ applied_index: '42', pending_unpins: [] }))
  }

  before(async () => {
    dir = await shortTmpDir('trs')
    assert.equal((await cli(['-c', dir, 'init'])).code, 0)
  })
  after(async () => { await removeDir(dir) })

  it('cleanup removes it; a declined cleanup and an export keep it', async () => {
    await saveProgress()
    assert.equal((await cli(['-c', dir, 'state', 'export'])).code, 0)
    assert.ok(await progress(), 'export keeps it')
    assert.equal((await cli(['-c', dir, 'state', 'cleanup'], { input: 'n\n' })).code, 0)
    assert.ok(await progress(), 'declined cleanup keeps it')
    assert.equal((await cli(['-c', dir, 'state', 'cleanup', '-f'])).code, 0)
    assert.equal(await progress(), false)
  })

  it('import removes it', async () => {
    await saveProgress()
    const input = join(dir, 'empty.ndjson')
    await writeFile(input, '')
    const res = await cli(['-c', dir, 'state', 'import', '-f', input])
    assert.equal(res.code, 0, res.stderr)
    assert.equal(await progress(), false)
  })
})
