import assert from 'node:assert/strict'
import { startOtlpReceiver } from '../src/index.js'

describe('OTLP receiver', () => {
  it('reads OTLP/JSON exports and keeps span ids, parents and the service name', async () => {
    const otlp = await startOtlpReceiver()
    try {
      const body = {
        resourceSpans: [{
          resource: { attributes: [{ key: 'service.name', value: { stringValue: 'ipfs-cluster-test' } }] },
          scopeSpans: [{ spans: [{ traceId: 'AB'.repeat(16), spanId: '01'.repeat(8), parentSpanId: '02'.repeat(8), name: 'pin', kind: 2, attributes: [{ key: 'cid', value: { stringValue: 'bafy' } }] }] }]
        }]
      }
      const res = await fetch(otlp.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
      assert.equal(res.status, 200)
      const [span] = await otlp.waitForSpans(s => s.length === 1)
      assert.deepEqual(span, {
        traceId: 'ab'.repeat(16), spanId: '01'.repeat(8), parentSpanId: '02'.repeat(8), name: 'pin', kind: 2,
        serviceName: 'ipfs-cluster-test', attributes: { cid: 'bafy' }, resource: { 'service.name': 'ipfs-cluster-test' }
      })
      assert.equal((await fetch(otlp.url.replace('/v1/traces', '/v1/metrics'), { method: 'POST', body: '{}' })).status, 404)
    } finally {
      await otlp.close()
    }
  })
})
