import assert from 'node:assert/strict'
import { removeDir, shortTmpDir, startOtlpReceiver, type Child, type ReceivedSpan } from '@ipfscluster/testing'
import { initTestPeer, startDaemon } from './cli-helpers.js'

describe('ipfs-cluster-service daemon --tracing', () => {
  let dir: string
  let daemon: Child | undefined
  beforeEach(async () => { dir = await shortTmpDir() })
  afterEach(async () => {
    await daemon?.stop('SIGKILL')
    await removeDir(dir)
  })

  it('turns tracing on in the child processes, named after their service and tagged with the peer', async () => {
    const otlp = await startOtlpReceiver()
    try {
      const json = await initTestPeer(dir, j => { j.observations.tracing.sampling_prob = 1 })
      daemon = startDaemon(dir, ['--tracing'], { OTEL_EXPORTER_OTLP_ENDPOINT: otlp.url.replace('/v1/traces', '') })
      await daemon.waitForOutput(/IPFS Cluster v\S+ is ready/, 60_000)
      daemon.proc.kill('SIGTERM')
      assert.equal(await daemon.exited, 0)
      const spans = await otlp.waitForSpans(s => s.length > 0)
      for (const span of spans) {
        assert.match(span.serviceName, /^ipfs-cluster-(peer-management|consensus|ipfs-connector|supervisor)$/)
        assert.equal(span.resource['cluster.peer_id'], json.cluster.id)
        assert.equal(span.resource['cluster.peername'], json.cluster.peername)
        assert.doesNotMatch(span.name, /grpc\.health\.v1/, 'health checks are not traced')
      }
    } finally {
      await otlp.close()
    }
  })

  it('one REST call after the start is one trace with spans from all four processes', async () => {
    const otlp = await startOtlpReceiver()
    try {
      await initTestPeer(dir, j => { j.observations.tracing.sampling_prob = 1 })
      daemon = startDaemon(dir, ['--tracing'], { OTEL_EXPORTER_OTLP_ENDPOINT: otlp.url.replace('/v1/traces', '') })
      await daemon.waitForOutput(/IPFS Cluster v\S+ is ready/, 60_000)
      const port = /REST API \(HTTP\): \/ip4\/127\.0\.0\.1\/tcp\/(\d+)/.exec(daemon.output())?.[1]
      assert.ok(port !== undefined, 'the daemon logs its REST address')
      const res = await fetch(`http://127.0.0.1:${port}/id`)
      assert.equal(res.status, 200)
      const isRoot = (s: ReceivedSpan): boolean => s.serviceName === 'ipfs-cluster-supervisor' && s.parentSpanId === '' && s.attributes['http.route'] === '/id'
      const services = (spans: ReceivedSpan[]): Set<string> => {
        const root = spans.find(isRoot)
        return new Set(spans.filter(s => s.traceId === root?.traceId).map(s => s.serviceName))
      }
      const spans = await otlp.waitForSpans(all => services(all).size === 4, 30_000)
        .catch(() => assert.fail(`spans of the /id trace come from ${[...services(otlp.spans())].join(', ')}`))
      assert.deepEqual([...services(spans)].sort(), ['ipfs-cluster-consensus', 'ipfs-cluster-ipfs-connector', 'ipfs-cluster-peer-management', 'ipfs-cluster-supervisor'])
    } finally {
      await otlp.close()
    }
  })
})
