import assert from 'node:assert/strict'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { removeDir, shortTmpDir, spawnChild, startOtlpReceiver, waitFor, type Child, type OtlpReceiver } from '@ipfscluster/testing'
import { connect, healthClient, ServiceUnavailableError, type ServingStatus } from '../src/index.js'
import { ECHO_SERVICE_NAME, EchoService } from './fixtures/echo.js'

const preload = fileURLToPath(new URL('../src/preload.js', import.meta.url))
const fixture = fileURLToPath(new URL('./fixtures/echo-service.js', import.meta.url))

function start (dir: string, name: string, env: Record<string, string> = {}): Child {
  return spawnChild(process.execPath, ['--import', preload, fixture], {
    env: { ...process.env, IPFS_CLUSTER_PATH: dir, IPFS_CLUSTER_SOCKETS: join(dir, 'sockets'), FIXTURE_NAME: name, IPFS_CLUSTER_SERVICE: name, IPFS_CLUSTER_LOG_LEVEL: 'info', ...env }
  })
}

describe('services built on the chassis (real processes)', function () {
  let dir: string
  const children: Child[] = []

  beforeEach(async () => { dir = await shortTmpDir() })
  afterEach(async () => {
    await Promise.all(children.splice(0).map(async c => c.stop('SIGKILL')))
    await removeDir(dir)
  })

  function run (name: string, env?: Record<string, string>): Child {
    const c = start(dir, name, env)
    children.push(c)
    return c
  }

  it('call each other over Unix sockets, and the trace crosses the processes', async () => {
    const otlp: OtlpReceiver = await startOtlpReceiver()
    try {
      const tracing = { IPFS_CLUSTER_TRACING: 'true', IPFS_CLUSTER_TRACING_ENDPOINT: otlp.url, IPFS_CLUSTER_TRACING_SAMPLING: '1', IPFS_CLUSTER_PEER_ID: '12D3KooWTest', IPFS_CLUSTER_PEERNAME: 'peer-a' }
      const alpha = run('alpha', tracing)
      const beta = run('beta', tracing)
      await Promise.all([alpha.waitForOutput(/ready/), beta.waitForOutput(/ready/)])
      const client = connect(EchoService, join(dir, 'sockets', 'alpha.sock'), 'alpha')
      const res = await client.Forward({ target: join(dir, 'sockets', 'beta.sock'), text: 'across' })
      client.close()
      assert.equal(res.service, 'beta')
      assert.equal(res.pid, beta.pid)
      // Spans are exported when the processes flush them at shutdown.
      await Promise.all([alpha.stop(), beta.stop()])
      const spans = await otlp.waitForSpans(s => s.some(x => x.serviceName === 'ipfs-cluster-beta' && x.kind === 2))
      const server = spans.find(s => s.serviceName === 'ipfs-cluster-beta' && s.kind === 2 && s.name.endsWith('Echo'))
      assert.ok(server, `no server span from beta in ${JSON.stringify(spans.map(s => [s.serviceName, s.name, s.kind]))}`)
      const clientSpan = spans.find(s => s.spanId === server.parentSpanId)
      assert.ok(clientSpan, 'the server span has no parent among the received spans')
      assert.equal(clientSpan.serviceName, 'ipfs-cluster-alpha')
      assert.equal(clientSpan.kind, 3, 'the parent is a client span')
      assert.equal(clientSpan.traceId, server.traceId)
      assert.equal(server.resource['cluster.peer_id'], '12D3KooWTest')
      assert.equal(server.resource['cluster.peername'], 'peer-a')
    } finally {
      await otlp.close()
    }
  })

  it('report SERVING, then NOT_SERVING while shutting down', async () => {
    const release = join(dir, 'release')
    const alpha = run('alpha', { FIXTURE_RELEASE_FILE: release })
    await alpha.waitForOutput(/ready/)
    const health = healthClient(join(dir, 'sockets', 'alpha.sock'))
    const seen: ServingStatus[] = []
    const watching = (async () => { for await (const s of health.watch()) seen.push(s) })()
    await waitFor(() => seen.includes('SERVING'), { what: 'SERVING from Watch' })
    assert.equal(await health.check(), 'SERVING')
    alpha.proc.kill('SIGTERM')
    await waitFor(() => seen.includes('NOT_SERVING'), { what: 'NOT_SERVING from Watch' })
    assert.equal(await health.check(), 'NOT_SERVING', 'Check answers NOT_SERVING while the process is still stopping')
    await writeFile(release, '')
    assert.equal(await alpha.exited, 0)
    await watching
    assert.deepEqual(seen, ['SERVING', 'NOT_SERVING'])
    health.close()
  })

  it('report a service whose backend is away as NOT_SERVING while the process stays SERVING', async () => {
    const alpha = run('alpha', { FIXTURE_BACKEND_DOWN: 'true' })
    await alpha.waitForOutput(/ready/)
    const health = healthClient(join(dir, 'sockets', 'alpha.sock'))
    try {
      assert.equal(await health.check(), 'SERVING')
      assert.equal(await health.check(ECHO_SERVICE_NAME), 'NOT_SERVING')
    } finally {
      health.close()
    }
  })

  it('fail calls to a stopped process with UNAVAILABLE; retried idempotent calls succeed once it is back', async () => {
    const alpha = run('alpha')
    await alpha.waitForOutput(/ready/)
    const client = connect(EchoService, join(dir, 'sockets', 'alpha.sock'), 'alpha')
    assert.equal((await client.Echo({ text: 'one' })).pid, alpha.pid)
    await alpha.stop()
    await assert.rejects(client.Echo({ text: 'two' }, { timeout: 2000 }), (err: Error) => {
      assert.ok(err instanceof ServiceUnavailableError, `got ${err.name}: ${err.message}`)
      assert.match(err.message, /alpha unavailable at .*alpha\.sock/)
      return true
    })
    const retried = client.Echo({ text: 'three' }, { idempotent: true, timeout: 20_000 })
    const again = run('alpha')
    const res = await retried
    assert.equal(res.text, 'three')
    assert.equal(res.pid, again.pid, 'answered by the restarted process')
    client.close()
  })
})
