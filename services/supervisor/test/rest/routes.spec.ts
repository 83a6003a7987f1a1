import assert from 'node:assert/strict'
import { CID1, CID2, PEER, PEER2 } from './fake-api.js'
import { errorBody, request, startTestServer, type TestServer } from './helpers.js'

describe('REST API routes', () => {
  let s: TestServer
  before(async () => { s = await startTestServer() })
  after(async () => { await s.rest.close() })

  const call = async (method: string, path: string, body?: string): Promise<{ status: number, headers: Headers, body: string }> =>
    await request(s.url + path, { method, body })

  it('keeps the order consequences of the route table', async () => {
    const recover = await call('GET', '/pins/recover')
    assert.equal(recover.status, 400)
    assert.match(recover.body, /^\{"code":400,"message":"error decoding Cid: /)
    assert.equal((await call('POST', '/pins/sync')).status, 400)
    const wrongMethod = await call('GET', `/pins/ipfs/${CID1.toString()}`)
    assert.equal(wrongMethod.status, 405)
    assert.equal(wrongMethod.body, '')
    assert.equal(wrongMethod.headers.get('content-type'), null)
    assert.deepEqual(await call('GET', '/'), { ...(await call('GET', '/')), status: 404, body: errorBody(404, 'not found') })
    assert.equal((await call('HEAD', '/id')).status, 405)
    assert.equal((await call('GET', '/nope')).body, errorBody(404, 'not found'))
    s.api.calls = []
    assert.equal((await call('POST', '/pins/recover?local=true')).status, 200)
    assert.deepEqual(s.api.calls, [{ method: 'recoverAll', args: [true] }])
  })

  it('serves id, version, health, metrics and alerts', async () => {
    const id = await call('GET', '/id')
    assert.equal(id.status, 200)
    assert.equal(id.headers.get('content-type'), 'application/json')
    assert.equal(JSON.parse(id.body).id, PEER)
    assert.equal((await call('GET', '/version')).body, '{"version":"0.1.0"}\n')
    const health = await call('GET', '/health')
    assert.equal(health.status, 204)
    assert.equal((await call('GET', '/monitor/metrics')).body, '["ping","freespace"]\n')
    assert.equal((await call('GET', '/monitor/metrics/nothing')).body, '[]\n')
    assert.equal((await call('GET', '/health/alerts')).body, '[]\n')
  })

  it('answers 501 on the later-tier routes', async () => {
    for (const [method, path] of [['POST', '/ipfs/gc'], ['GET', '/health/graph'], ['GET', '/health/bandwidth']]) {
      assert.deepEqual(await call(method, path).then(r => [r.status, r.body]), [501, errorBody(501, 'not implemented')])
    }
  })

  it('maps core errors to 404, 400 and 500', async () => {
    assert.deepEqual(await call('GET', `/allocations/${CID2.toString()}`).then(r => [r.status, r.body]), [404, errorBody(404, 'pin is not part of the pinset')])
    assert.deepEqual(await call('DELETE', `/pins/${CID2.toString()}`).then(r => r.status), 404)
    assert.deepEqual(await call('DELETE', `/peers/${PEER2}`).then(r => [r.status, r.body]), [404, errorBody(404, `peer ${PEER2} is not a cluster peer`)])
    assert.equal((await call('DELETE', `/peers/${PEER}`)).status, 204)
  })

  it('answers every 400 of the path parameters', async () => {
    const cases: Array<[string, string, RegExp]> = [
      ['GET', '/pins/notacid', /^error decoding Cid: /],
      ['GET', '/allocations/zzz', /^error decoding Cid: /],
      ['POST', '/pins/x/recover', /^error decoding Cid: /],
      ['DELETE', '/peers/notapeer', /^error decoding Peer ID: /],
      ['POST', '/pins/ipfs/notacid/a', /^error parsing path: /],
      ['DELETE', '/pins/ipld/x', /^error parsing path: /],
      ['GET', '/pins?cids=' + CID1.toString() + ',bad', /^error decoding Cid: /],
      ['GET', '/pins?filter=nope,nada', /^invalid filter value$/],
      ['GET', '/allocations?filter=nope', /^invalid filter value$/]
    ]
    for (const [method, path, message] of cases) {
      const r = await call(method, path)
      assert.equal(r.status, 400, `${method} ${path}`)
      const body = JSON.parse(r.body)
      assert.equal(body.code, 400)
      assert.match(body.message, message, `${method} ${path}`)
    }
  })

  it('parses POST /peers bodies', async () => {
    const cases: Array<[string, number, string?]> = [
      ['not json', 400, 'error decoding request body'],
      ['[1]', 400, 'error decoding request body'],
      ['{"peer_id":"bad"}', 400, 'error decoding peer_id'],
      ['{}', 400, 'error decoding peer_id'],
      ['{"peer_multiaddress":"/ip4/1.2.3.4/tcp/1"}', 400, 'error decoding peer_multiaddress'],
      [JSON.stringify({ peer_id: PEER2 }), 200],
      [JSON.stringify({ peer_multiaddress: `/ip4/1.2.3.4/tcp/9096/p2p/${PEER2}` }), 200]
    ]
    for (const [body, status, message] of cases) {
      const r = await call('POST', '/peers', body)
      assert.equal(r.status, status, body)
      if (message !== undefined) assert.equal(r.body, errorBody(400, message))
    }
    assert.deepEqual(s.api.calls.filter(c => c.method === 'peerAdd').map(c => c.args[0]), [
      { peerId: PEER2 }, { multiaddr: `/ip4/1.2.3.4/tcp/9096/p2p/${PEER2}` }
    ])
  })

  it('passes local, filters and cids to the core', async () => {
    s.api.calls = []
    await call('GET', `/pins/${CID1.toString()}?local=true`)
    await call('GET', `/pins/${CID1.toString()}?local=True`)
    await call('GET', '/pins?filter=error,nope')
    await call('GET', `/pins?cids=${CID1.toString()},${CID2.toString()}&filter=nope`)
    await call('GET', '/allocations?filter=meta-pin,bogus')
    await call('GET', '/allocations?filter=pin,all')
    assert.deepEqual(s.api.calls.map(c => [c.method, ...c.args.map(a => a instanceof Set ? [...a] : Array.isArray(a) ? a.map(String) : String(a))]), [
      ['status', CID1.toString(), 'true'],
      ['status', CID1.toString(), 'false'],
      ['statusAll', ['TRACKER_STATUS_CLUSTER_ERROR', 'TRACKER_STATUS_PIN_ERROR', 'TRACKER_STATUS_UNPIN_ERROR'], 'false'],
      ['statusCids', [CID1.toString(), CID2.toString()], 'false'],
      ['allocations', ['PIN_TYPE_META_PIN']],
      ['allocations', []]
    ])
  })

  it('resolves path pins as /<namespace>/<path> without the trailing slash', async () => {
    s.api.calls = []
    assert.equal((await call('POST', `/pins/ipfs/${CID1.toString()}/a/b`)).status, 200)
    assert.equal((await call('DELETE', '/pins/ipns/example.com/x')).status, 404)
    assert.deepEqual(s.api.calls.map(c => [c.method, c.args[0]]), [
      ['pinPath', `/ipfs/${CID1.toString()}/a/b`], ['unpinPath', '/ipns/example.com/x']
    ])
  })
})
