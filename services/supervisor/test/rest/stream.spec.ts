import assert from 'node:assert/strict'
import { once } from 'node:events'
import type { GlobalPinInfo } from '../../src/api/rest/cluster-api.js'
import { CID1, CID2, statusOf } from './fake-api.js'
import { startTestServer, type TestServer } from './helpers.js'
import { openStream, rawRequest } from './raw-http.js'

describe('REST API NDJSON streams', () => {
  let s: TestServer
  before(async () => { s = await startTestServer({ headers: { 'X-Extra': ['yes'] } }) })
  after(async () => { await s.rest.close() })
  afterEach(() => {
    s.api.streamError = undefined
    s.api.statusItems = [statusOf(CID1)]
    Reflect.deleteProperty(s.api, 'statusAll')
  })

  it('writes one line per item and an empty X-Stream-Error trailer', async () => {
    s.api.statusItems = [statusOf(CID1), statusOf(CID2)]
    const r = await rawRequest(`${s.url}/pins`)
    assert.equal(r.status, 200)
    assert.equal(r.headers['content-type'], 'application/json')
    assert.equal(r.headers.trailer, 'X-Stream-Error')
    assert.equal(r.headers['x-extra'], 'yes')
    assert.deepEqual(r.body.split('\n').map(l => l === '' ? '' : JSON.parse(l).cid), [CID1.toString(), CID2.toString(), ''])
    assert.equal(r.trailers['x-stream-error'], '')
  })

  it('flushes each item before the next one exists', async () => {
    let release!: () => void
    const gate = new Promise<void>(resolve => { release = resolve })
    s.api.statusAll = async function * (): AsyncIterable<GlobalPinInfo> {
      yield statusOf(CID1)
      await gate
      yield statusOf(CID2)
    }
    const res = await openStream(`${s.url}/pins`)
    const [first] = await once(res, 'data') as [Buffer]
    assert.equal(JSON.parse(first.toString()).cid, CID1.toString())
    release()
    const rest: Buffer[] = []
    res.on('data', (c: Buffer) => rest.push(c))
    await once(res, 'end')
    assert.equal(JSON.parse(Buffer.concat(rest).toString()).cid, CID2.toString())
    assert.equal(res.trailers['x-stream-error'], '')
  })

  it('stops pulling items while the client does not read', async () => {
    let produced = 0
    s.api.statusAll = async function * (): AsyncIterable<GlobalPinInfo> {
      for (; produced < 100_000; produced++) yield statusOf(CID1)
    }
    const res = await openStream(`${s.url}/pins`)
    res.pause()
    await new Promise(resolve => setTimeout(resolve, 300))
    assert.ok(produced < 100_000, `produced ${produced}`)
    let lines = 0
    res.on('data', (c: Buffer) => { lines += c.toString().split('\n').length - 1 })
    res.resume()
    await once(res, 'end')
    assert.equal(lines, 100_000)
  })

  it('reports an error after the first item in the trailer', async () => {
    s.api.streamError = new Error('peer went away')
    const r = await rawRequest(`${s.url}/pins/recover`, { method: 'POST' })
    assert.equal(r.status, 200)
    assert.equal(r.body.split('\n').length, 2)
    assert.equal(r.trailers['x-stream-error'], 'peer went away')
  })

  it('answers 204 when there is nothing, 500 when failing before the first item', async () => {
    s.api.statusItems = []
    const empty = await rawRequest(`${s.url}/pins`)
    assert.deepEqual([empty.status, empty.body], [204, ''])
    s.api.streamError = new Error('consensus is gone')
    const failed = await rawRequest(`${s.url}/allocations`)
    assert.deepEqual([failed.status, failed.body], [500, '{"code":500,"message":"consensus is gone"}\n'])
  })

  it('streams peers and allocations', async () => {
    assert.equal((await rawRequest(`${s.url}/peers`)).status, 200)
    await rawRequest(`${s.url}/pins/${CID1.toString()}`, { method: 'POST' })
    const allocations = await rawRequest(`${s.url}/allocations?filter=all`)
    assert.equal(JSON.parse(allocations.body).cid, CID1.toString())
  })
})
