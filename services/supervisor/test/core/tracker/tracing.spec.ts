/**
 * An op committed under a trace continues it on the tracker: one
 * `pintracker apply pin` span, child of the committing request's span, and
 * the IPFS pin below it (real connector and js-ipfs); an op without a trace
 * context opens no span.
 */
import assert from 'node:assert/strict'
import { context, propagation, trace } from '@opentelemetry/api'
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks'
import { W3CTraceContextPropagator } from '@opentelemetry/core'
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base'
import { removeDir, shortTmpDir, waitFor } from '@ipfscluster/testing'
import { startIpfsStack, type IpfsStack } from './connector-process.js'
import { pinOf, startFakeConsensus, startTracker, waitStatus } from './helpers.js'

describe('pin tracker tracing (real ipfs-connector and js-ipfs)', function () {
  this.timeout(180_000)
  const exporter = new InMemorySpanExporter()
  let stack: IpfsStack
  let folder: string

  before(async () => {
    context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable())
    propagation.setGlobalPropagator(new W3CTraceContextPropagator())
    trace.setGlobalTracerProvider(new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] }))
    stack = await startIpfsStack('trt')
    folder = await shortTmpDir('trtp')
  })
  after(async () => {
    trace.disable()
    propagation.disable()
    context.disable()
    await stack?.stop()
    await removeDir(stack?.dir ?? '')
    await removeDir(folder)
  })

  it('continues the committing trace through apply and the IPFS pin', async () => {
    const consensus = await startFakeConsensus(stack)
    const tracker = await startTracker(stack, consensus, folder)
    try {
      const traced = await stack.addBlock(`traced ${Date.now()}`)
      const plain = await stack.addBlock(`plain ${Date.now()}`)
      const traceId = 'ab'.repeat(16)
      const requestSpan = 'cd'.repeat(8)
      const index = consensus.pin(pinOf(traced), `00-${traceId}-${requestSpan}-01`)
      consensus.pin(pinOf(plain))
      await waitStatus(tracker, traced, 'TRACKER_STATUS_PINNED')
      await waitStatus(tracker, plain, 'TRACKER_STATUS_PINNED')
      await waitFor(() => exporter.getFinishedSpans().length >= 2, { what: 'two finished spans' })
      const spans = exporter.getFinishedSpans()
      assert.deepEqual(spans.map(s => s.name).sort(), ['pintracker apply pin', 'pintracker ipfs pin'], 'the untraced op opened none')
      const apply = spans.find(s => s.name === 'pintracker apply pin')!
      const ipfs = spans.find(s => s.name === 'pintracker ipfs pin')!
      assert.equal(apply.spanContext().traceId, traceId)
      assert.equal(apply.parentSpanContext?.spanId, requestSpan)
      assert.equal(apply.attributes['cluster.cid'], traced.toString())
      assert.equal(apply.attributes['raft.index'], index)
      assert.equal(ipfs.spanContext().traceId, traceId)
      assert.equal(ipfs.parentSpanContext?.spanId, apply.spanContext().spanId)
    } finally {
      await tracker.stop()
      await consensus.stop()
    }
  })
})
