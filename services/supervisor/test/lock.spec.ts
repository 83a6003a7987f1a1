import assert from 'node:assert/strict'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { removeDir, shortTmpDir } from '@ipfscluster/testing'
import { acquireLock } from '../src/lock.js'

describe('execution lock', () => {
  let dir: string
  beforeEach(async () => { dir = await shortTmpDir() })
  afterEach(async () => { await removeDir(dir) })

  it('holds our PID and refuses a second holder while we live', async () => {
    const lock = await acquireLock(dir)
    assert.equal(await readFile(join(dir, 'cluster.lock'), 'utf8'), `${process.pid}\n`)
    await assert.rejects(acquireLock(dir), /^CliError: could not obtain execution lock\. {2}If no other process is running, remove .*cluster\.lock/)
    await lock.release()
    const again = await acquireLock(dir)
    await again.release()
  })

  it('takes over a lock left by a dead process or a garbled file', async () => {
    await writeFile(join(dir, 'cluster.lock'), '999999999\n')
    const lock = await acquireLock(dir)
    await lock.release()
    await writeFile(join(dir, 'cluster.lock'), 'garbage')
    await (await acquireLock(dir)).release()
  })

  it('names the OS error when the folder is missing', async () => {
    await assert.rejects(acquireLock(join(dir, 'missing')), /could not obtain execution lock.*\(ENOENT/)
  })
})
