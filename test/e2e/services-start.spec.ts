import assert from 'node:assert/strict'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { healthClient } from '@ipfscluster/chassis'
import { removeDir, shortTmpDir, spawnChild, waitFor } from '@ipfscluster/testing'

const require = createRequire(import.meta.url)
const preload = join(dirname(require.resolve('@ipfscluster/chassis/package.json')), 'dist/src/preload.js')
const SERVICES = ['consensus', 'peer-management', 'ipfs-connector', 'supervisor']

describe('each service process', () => {
  for (const service of SERVICES) {
    it(`${service} serves health on its socket and stops cleanly on SIGTERM`, async () => {
      const dir = await shortTmpDir()
      const main = join(dirname(require.resolve(`@ipfscluster/${service}/package.json`)), 'dist/src/main.js')
      const child = spawnChild(process.execPath, ['--import', preload, main], {
        env: { ...process.env, IPFS_CLUSTER_PATH: dir, IPFS_CLUSTER_SERVICE: service }
      })
      const health = healthClient(join(dir, 'sockets', `${service}.sock`), service)
      try {
        await waitFor(async () => await health.check().catch(() => 'DOWN') === 'SERVING', { timeout: 20_000, what: `${service} SERVING` })
        child.proc.kill('SIGTERM')
        assert.equal(await child.exited, 0, child.output())
        await assert.rejects(health.check(), /unavailable/)
      } finally {
        health.close()
        await child.stop('SIGKILL')
        await removeDir(dir)
      }
    })
  }
})
