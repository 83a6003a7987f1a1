import assert from 'node:assert/strict'
import { removeDir, shortTmpDir, startOtlpReceiver, type Child } from '@ipfscluster/testing'
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
})
