import assert from 'node:assert/strict'
import { Metadata } from '@grpc/grpc-js'
import { removeDir, shortTmpDir, startOtlpReceiver, waitFor, type OtlpReceiver } from '@ipfscluster/testing'
import { consensusClient, createNode, startConsensus, testPin, type TestNode } from './support/nodes.js'

describe('consensus process: trace context in the log', function () {
  this.timeout(60_000)
  let root: string
  let node: TestNode
  let otlp: OtlpReceiver

  before(async () => {
    root = await shortTmpDir('cst')
    otlp = await startOtlpReceiver()
    node = await createNode(root, 't')
    node.env = { IPFS_CLUSTER_TRACING: 'true', IPFS_CLUSTER_TRACING_ENDPOINT: otlp.url }
    await startConsensus(node)
  })

  after(async () => {
    await node?.consensus?.stop('SIGKILL')
    await otlp?.close()
    await removeDir(root)
  })

  it("a LogPin's traceparent is stored with the op and comes back from WatchApplied", async () => {
    const c = consensusClient(node)
    try {
      await waitFor(async () => (await c.Status({})).role === 'RAFT_ROLE_LEADER', { timeout: 20_000, what: 'a leader' })
      const traceId = 'a1b2c3d4e5f60718293a4b5c6d7e8f90'
      const metadata = new Metadata()
      metadata.set('traceparent', `00-${traceId}-0102030405060708-01`)
      const index = Number((await c.LogPin({ pin: testPin('traced') }, { metadata })).index)
      let traceparent = ''
      for await (const item of c.WatchApplied({ from_index: index })) {
        if (Number(item.applied?.index) !== index) continue
        traceparent = item.applied?.op?.traceparent ?? ''
        break
      }
      assert.match(traceparent, new RegExp(`^00-${traceId}-[0-9a-f]{16}-01$`))
    } finally {
      c.close()
    }
  })
})
