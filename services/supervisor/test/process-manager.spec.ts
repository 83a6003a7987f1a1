import assert from 'node:assert/strict'
import { join } from 'node:path'
import { healthClient, type Health } from '@ipfscluster/chassis'
import { processesWithEnv, removeDir, shortTmpDir, waitFor, waitForValue, type Child } from '@ipfscluster/testing'
import { CHILD_SERVICES } from '../src/process/service-scripts.js'
import { childPids, initTestPeer, startDaemon } from './cli-helpers.js'

function alive (pid: number): boolean {
  try { process.kill(pid, 0); return true } catch { return false }
}

async function startPeer (dir: string, maxRestarts = 10): Promise<{ sup: Child, pids: Record<string, number> }> {
  await initTestPeer(dir, json => { json.supervisor.max_restarts = maxRestarts })
  const sup = startDaemon(dir)
  await sup.waitForOutput(/IPFS Cluster v\S+ is ready/, 60_000)
  return { sup, pids: { supervisor: sup.pid, ...childPids(sup.output()) } }
}

describe('ipfs-cluster-service daemon: child processes', function () {
  let dir: string
  let sup: Child | undefined

  beforeEach(async () => { dir = await shortTmpDir() })
  afterEach(async () => {
    await sup?.stop('SIGKILL')
    await removeDir(dir)
  })

  // The 2 s target is measured by bench/restart-bench.ts; here only that the restart happens.
  it('restarts a child killed with SIGKILL alone while retried calls succeed', async () => {
    const started = await startPeer(dir)
    sup = started.sup
    const pids = { ...started.pids }
    const clients = new Map<string, Health>(CHILD_SERVICES.map(s => [s, healthClient(join(dir, 'sockets', `${s}.sock`), s)]))
    let calls = 0
    let failures: string[] = []
    let calling = true
    // A client that keeps calling every child with idempotent (retried) calls.
    const load = (async () => {
      while (calling) {
        await Promise.all([...clients].map(async ([name, c]) => {
          const status = await c.check('', { idempotent: true, timeout: 10_000 }).catch((e: Error) => `${name}: ${e.message}`)
          if (status === 'SERVING') calls++
          else if (status !== 'NOT_SERVING') failures.push(status)
        }))
      }
    })()
    try {
      for (const name of CHILD_SERVICES) {
        const before = await waitForValue(() => calls > 0 ? calls : undefined)
        const killedAt = performance.now()
        process.kill(pids[name], 'SIGKILL')
        const newPid = await waitForValue(() => {
          const m = [...sup!.output().matchAll(new RegExp(`${name} started pid=(\\d+)`, 'g'))].map(x => Number(x[1]))
          const last = m[m.length - 1]
          return last !== undefined && last !== pids[name] ? last : undefined
        }, { timeout: 5000, what: `${name} restarted` })
        await waitFor(async () => await clients.get(name)!.check().catch(() => 'DOWN') === 'SERVING', { timeout: 5000, what: `${name} SERVING` })
        const back = performance.now() - killedAt
        assert.ok(back < 10_000, `${name} back after ${back.toFixed(0)} ms`)
        for (const other of ['supervisor', ...CHILD_SERVICES.filter(n => n !== name)]) {
          assert.equal(alive(pids[other] ?? sup!.pid), true, `${other} still runs`)
        }
        assert.match(sup!.output(), new RegExp(`restarting ${name} \\(attempt 1\\): killed by SIGKILL`))
        pids[name] = newPid
        await waitFor(() => calls > before + 6, { what: 'calls after the restart' })
      }
    } finally {
      calling = false
      await load
      for (const c of clients.values()) c.close()
    }
    assert.deepEqual(failures, [])
    assert.ok(calls > 20)
  })

  it('leaves no child running when the supervisor is killed with SIGKILL', async () => {
    const started = await startPeer(dir)
    sup = started.sup
    sup.proc.kill('SIGKILL')
    await sup.exited
    await waitFor(() => CHILD_SERVICES.every(n => !alive(started.pids[n])), { timeout: 5000, what: 'every child gone' })
    await waitFor(async () => (await processesWithEnv('IPFS_CLUSTER_PATH', dir)).length === 0, { timeout: 5000, what: 'the warm spares gone too' })
  })

  it('gives up with a clear message when a child keeps failing', async () => {
    const started = await startPeer(dir, 2)
    sup = started.sup
    let pid = started.pids.consensus
    for (let i = 0; i < 3; i++) {
      process.kill(pid, 'SIGKILL')
      if (i === 2) break
      pid = await waitForValue(() => {
        const m = [...sup!.output().matchAll(/consensus started pid=(\d+)/g)].map(x => Number(x[1]))
        return m.length === i + 2 ? m[m.length - 1] : undefined
      }, { timeout: 5000, what: 'consensus restarted' })
    }
    assert.equal(await sup.exited, 1)
    assert.match(sup.output(), /error : consensus keeps failing \(2 restarts in 60s\): killed by SIGKILL/)
    assert.ok(CHILD_SERVICES.every(n => n === 'consensus' || !alive(started.pids[n])))
  })
})
