import assert from 'node:assert/strict'
import { access } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { processesWithEnv, removeDir, shortTmpDir, spawnChild, waitFor } from '@ipfscluster/testing'

const root = fileURLToPath(new URL('../../../', import.meta.url))

describe('README quick start', () => {
  it('npm start initialises a peer with the embedded IPFS node, runs it, and stops on SIGINT', async () => {
    const dir = await shortTmpDir()
    // The folder is the only difference from a new user's run (.local-peer/ otherwise).
    // In its own process group, so that SIGINT reaches it the way a terminal's Ctrl-C does.
    const npm = spawnChild('npm', ['start'], { cwd: root, env: { ...process.env, IPFS_CLUSTER_PATH: dir }, detached: true })
    try {
      await npm.waitForOutput(/IPFS Cluster v\S+ is ready/, 90_000)
      assert.match(npm.output(), /configuration written to/)
      assert.match(npm.output(), /IPFS is available: embedded Helia node/)
      await access(join(dir, 'service.json'))
      process.kill(-npm.pid, 'SIGINT')
      await npm.exited
      // npm itself dies of the SIGINT; the peer stops in order behind it.
      await waitFor(async () => (await processesWithEnv('IPFS_CLUSTER_PATH', dir)).length === 0, { timeout: 30_000, what: 'every process of the peer gone' })
      for (const s of ['consensus', 'peer-management', 'ipfs-connector']) assert.match(npm.output(), new RegExp(`\\[${s}\\] .*shutting down`))
    } finally {
      await npm.stop('SIGKILL')
      await removeDir(dir)
    }
  })
})
