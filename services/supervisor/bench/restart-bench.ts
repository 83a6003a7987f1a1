// Restart time of each child after kill -9: from the kill until a fresh
// client's health check answers SERVING (cli.md §5.2 target: 2 s).
// Prints one `BENCH {json}` line for tools/bench/run.js.
import { join } from 'node:path'
import { healthClient } from '@ipfscluster/chassis'
import { removeDir, shortTmpDir, waitFor, waitForValue } from '@ipfscluster/testing'
import { CHILD_SERVICES } from '../src/process/service-scripts.js'
import { childPids, initTestPeer, startDaemon } from '../test/cli-helpers.js'

const RUNS = Number(process.env.BENCH_RUNS ?? 5)
const dir = await shortTmpDir()
await initTestPeer(dir, json => { json.supervisor.max_restarts = RUNS * 2 })
const daemon = startDaemon(dir)
try {
  await daemon.waitForOutput(/IPFS Cluster v\S+ is ready/, 60_000)
  const figures = []
  for (const name of CHILD_SERVICES) {
    const samples: number[] = []
    for (let i = 0; i < RUNS; i++) {
      const pid = childPids(daemon.output())[name]
      const health = healthClient(join(dir, 'sockets', `${name}.sock`), name)
      const killed = performance.now()
      process.kill(pid, 'SIGKILL')
      await waitForValue(() => childPids(daemon.output())[name] !== pid ? true : undefined, { timeout: 30_000, interval: 5 })
      await waitFor(async () => await health.check('', { timeout: 1000 }).catch(() => 'DOWN') === 'SERVING', { timeout: 30_000, interval: 5 })
      samples.push(performance.now() - killed)
      health.close()
    }
    figures.push({ label: `${name}: kill -9 → SERVING`, unit: 'ms', samples, target: '≤ 2000 ms' })
  }
  console.log('BENCH ' + JSON.stringify({ name: 'Child restart (supervisor)', runs: RUNS, figures }))
} finally {
  await daemon.stop('SIGTERM')
  await removeDir(dir)
}
