import assert from 'node:assert/strict'
import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { CID } from 'multiformats/cid'
import * as raw from 'multiformats/codecs/raw'
import { sha256 } from 'multiformats/hashes/sha2'
import { removeDir, shortTmpDir } from '@ipfscluster/testing'
import { cli } from './cli-helpers.js'

async function pinLines (n: number): Promise<string> {
  const lines: string[] = []
  for (let i = 0; i < n; i++) lines.push(JSON.stringify({ cid: CID.create(1, raw.code, await sha256.digest(Buffer.from(`pin ${i}`))).toString(), name: `pin ${i}` }))
  return lines.join('\n') + '\n'
}

describe('ipfs-cluster-service state', function () {
  let dir: string
  before(async () => {
    dir = await shortTmpDir()
    assert.equal((await cli(['-c', dir, 'init'])).code, 0)
  })
  after(async () => { await removeDir(dir) })

  it('export → cleanup → import of 10 000 pins gives the same pinset, byte for byte', async () => {
    const input = join(dir, 'in.ndjson')
    await writeFile(input, await pinLines(10_000))
    const imported = await cli(['-c', dir, 'state', 'import', '-f', input])
    assert.equal(imported.code, 0, imported.stderr)
    assert.match(imported.stderr, /imported 10000 pins/)
    const first = await cli(['-c', dir, 'state', 'export'])
    assert.equal(first.code, 0, first.stderr)
    const cids = first.stdout.trim().split('\n').map(l => JSON.parse(l).cid)
    assert.equal(cids.length, 10_000)
    assert.deepEqual(new Set(cids), new Set((await readFile(input, 'utf8')).trim().split('\n').map(l => JSON.parse(l).cid)))
    assert.deepEqual(cids, [...cids].sort(), 'sorted by CID string')

    assert.equal((await cli(['-c', dir, 'state', 'cleanup', '-f'])).code, 0)
    assert.ok((await readdir(dir)).includes('ipfs-cluster-data.old.0'))
    assert.equal((await cli(['-c', dir, 'state', 'export'])).stdout, '', 'nothing left after cleanup')

    await writeFile(join(dir, 'first.ndjson'), first.stdout)
    assert.equal((await cli(['-c', dir, 'state', 'import', '-f', join(dir, 'first.ndjson')])).code, 0)
    const out = join(dir, 'second.ndjson')
    assert.equal((await cli(['-c', dir, 'state', 'export', '-f', out])).code, 0)
    assert.equal(await readFile(out, 'utf8'), first.stdout)
  })

  it('asks before replacing or removing the state; no keeps it', async () => {
    const before = (await cli(['-c', dir, 'state', 'export'])).stdout
    const declined = await cli(['-c', dir, 'state', 'cleanup'], { input: 'n\n' })
    assert.equal(declined.code, 0)
    assert.equal(declined.stdout, 'The peer state will be removed.  Existing pins may be lost. Continue? [y/n]: ')
    const asked = await cli(['-c', dir, 'state', 'import', join(dir, 'first.ndjson')], { input: 'maybe\n\n' })
    assert.equal(asked.stdout, "The pinset (state) of this peer will be replaced. Continue? [y/n]: Please press either 'y' or 'n'\nThe pinset (state) of this peer will be replaced. Continue? [y/n]: ")
    assert.equal((await cli(['-c', dir, 'state', 'export'])).stdout, before)
  })

  it('refuses bad input with the line, and changes nothing', async () => {
    const before = (await cli(['-c', dir, 'state', 'export'])).stdout
    const bad = join(dir, 'bad.ndjson')
    await writeFile(bad, (await pinLines(2)) + '{"cid":"notacid"}\n')
    const res = await cli(['-c', dir, 'state', 'import', '-f', bad])
    assert.equal(res.code, 1)
    assert.match(res.stderr, /error importing state: line 3: error decoding Cid: /)
    assert.equal((await cli(['-c', dir, 'state', 'export'])).stdout, before)
  })

  it('prints the state format version', async () => {
    assert.deepEqual(await cli(['state', 'version']), { code: 0, stdout: '1\n', stderr: '' })
  })
})
