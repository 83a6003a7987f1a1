import assert from 'node:assert/strict'
import { context, trace } from '@opentelemetry/api'
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks'
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base'
import { CID1, statusOf } from './fake-api.js'
import { request, startTestServer, type TestServer } from './helpers.js'

describe('REST API tracing', () => {
  const exporter = new InMemorySpanExporter()
  let s: TestServer
  before(async () => {
    context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable())
    trace.setGlobalTracerProvider(new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] }))
    s = await startTestServer()
  })
  after(async () => {
    await s.rest.close()
    trace.disable()
    context.disable()
  })

  it('opens one root span per request, named after the route, active during the core call', async () => {
    let activeInCore: string | undefined
    s.api.status = async cid => {
      activeInCore = trace.getActiveSpan()?.spanContext().spanId
      return statusOf(cid)
    }
    await context.with(trace.setSpan(context.active(), trace.wrapSpanContext({ traceId: 'a'.repeat(32), spanId: 'b'.repeat(16), traceFlags: 1 })), async () => {
      assert.equal((await request(`${s.url}/pins/${CID1.toString()}`)).status, 200)
    })
    await request(`${s.url}/pins/nope`)
    await request(`${s.url}/health`)
    const spans = exporter.getFinishedSpans()
    assert.deepEqual(spans.map(span => span.name), ['GET /pins/{cid}', 'GET /pins/{cid}'])
    assert.equal(spans[0].spanContext().spanId, activeInCore)
    assert.equal(spans[0].parentSpanContext, undefined)
    assert.equal(spans[0].attributes['http.status_code'], 200)
    assert.equal(spans[1].attributes['http.status_code'], 400)
  })
})
