import assert from 'node:assert/strict'
import { request as httpRequest } from 'node:http'
import { startCluster, type E2eCluster, type E2ePeer } from './e2e-cluster.js'

const CID = 'bafkreih43yvs5w5fnp2aqya7w4q75g24gogrb3sct2qe7lsvcg3i7p4pxe'
const OTHER_PEER = '12D3KooWCLKKDpG1EndPjLYzsqzoqEUBwF2CNyCVdvMVci2x1ppS'
const AUTH = { authorization: `Basic ${Buffer.from('alice:secret').toString('base64')}` }

describe('e2e: bad input through the real daemon gets the documented 4xx JSON and changes nothing', function () {
  this.timeout(300_000)
  let cluster: E2eCluster
  let peer: E2ePeer
  before(async () => {
    cluster = await startCluster(1, json => { json.api.restapi.basic_auth_credentials = { alice: 'secret' } })
    peer = cluster.peers[0]
  })
  after(async () => { await cluster?.stop() })

  async function call (path: string, init: RequestInit = {}): Promise<{ status: number, body: string, headers: Headers }> {
    const res = await fetch(`${peer.url}${path}`, { ...init, headers: { ...AUTH, ...init.headers as Record<string, string> } })
    return { status: res.status, body: await res.text(), headers: res.headers }
  }

  async function expectError (path: string, init: RequestInit, code: number, message: string | RegExp): Promise<void> {
    const res = await call(path, init)
    assert.equal(res.status, code, `${path}: ${res.body}`)
    const body = JSON.parse(res.body)
    assert.equal(body.code, code)
    if (typeof message === 'string') assert.equal(body.message, message)
    else assert.match(body.message, message)
  }

  const pinsetIsEmpty = async (): Promise<void> => { assert.equal((await call('/allocations')).status, 204, 'nothing was pinned') }

  it('refuses an invalid CID (400) in every CID route', async () => {
    await expectError('/pins/not-a-cid', {}, 400, /^error decoding Cid: /)
    await expectError('/pins/not-a-cid', { method: 'POST' }, 400, /^error decoding Cid: /)
    await expectError('/allocations/not-a-cid', {}, 400, /^error decoding Cid: /)
    await expectError('/pins?cids=bafyxxx', {}, 400, /^error decoding Cid: /)
    await pinsetIsEmpty()
  })

  it('refuses bad query values (400) and pins nothing', async () => {
    await expectError(`/pins/${CID}?replication-min=x`, { method: 'POST' }, 400, 'parameter replication-min invalid')
    await expectError(`/pins/${CID}?expire-in=1ms`, { method: 'POST' }, 400, 'expire-in duration too short')
    await expectError('/pins?filter=bogus', {}, 400, 'invalid filter value')
    const form = (): FormData => { const f = new FormData(); f.append('file', new Blob(['x']), 'x.txt'); return f }
    await expectError('/add?format=zip', { method: 'POST', body: form() }, 400, 'format parameter is invalid')
    await expectError('/add?shard=true', { method: 'POST', body: form() }, 400, 'sharding is not supported')
    await expectError('/add', { method: 'POST', body: 'plain text' }, 400, 'request Content-Type isn\'t multipart/form-data')
    await pinsetIsEmpty()
  })

  it('refuses pins the core cannot accept (500 with the original texts) and pins nothing', async () => {
    await expectError(`/pins/${CID}?expire-at=2000-01-01T00:00:00Z`, { method: 'POST' }, 500, 'pin.ExpireAt set before current time')
    await expectError(`/pins/${CID}?replication-min=2&replication-max=2`, { method: 'POST' }, 500,
      'not enough peers to allocate CID. Needed at least: 2. Wanted at most: 2. Available candidates: 1. See logs for more info.')
    await pinsetIsEmpty()
  })

  it('answers 404 for unknown routes, pins and peers, and 405 for a wrong method', async () => {
    await expectError('/nothing/here', {}, 404, 'not found')
    await expectError(`/pins/${CID}`, { method: 'DELETE' }, 404, 'pin is not part of the pinset')
    await expectError(`/peers/${OTHER_PEER}`, { method: 'DELETE' }, 404, `peer ${OTHER_PEER} is not a cluster peer`)
    const wrong = await call(`/pins/${CID}`, { method: 'PUT' })
    assert.equal(wrong.status, 405)
    assert.equal(wrong.body, '')
  })

  it('refuses an oversize body (400) and oversize headers (431)', async () => {
    await expectError('/peers', { method: 'POST', body: `{"peer_id":"${'x'.repeat(2 << 20)}"}` }, 400, 'error decoding request body')
    const port = Number(new URL(peer.url).port)
    const status = await new Promise<number>((resolve, reject) => {
      const req = httpRequest({ port, path: '/id', headers: { ...AUTH, 'x-big': 'y'.repeat(64 << 10) } }, res => { res.resume(); resolve(res.statusCode ?? 0) })
      req.on('error', reject)
      req.end()
    })
    assert.equal(status, 431)
  })

  it('refuses missing or wrong credentials (401 JSON with WWW-Authenticate), but /health needs none', async () => {
    const none = await fetch(`${peer.url}/id`)
    assert.equal(none.status, 401)
    assert.deepEqual(await none.json(), { code: 401, message: 'unauthorized: no auth provided' })
    const wrong = await fetch(`${peer.url}/id`, { headers: { authorization: `Basic ${Buffer.from('alice:nope').toString('base64')}` } })
    assert.equal(wrong.status, 401)
    assert.equal(wrong.headers.get('www-authenticate'), 'Basic realm="Restricted IPFS Cluster API"')
    assert.deepEqual(await wrong.json(), { code: 401, message: 'unauthorized: access denied' })
    assert.equal((await fetch(`${peer.url}/health`)).status, 204)
    const id = await call('/id')
    assert.equal(id.status, 200, 'the daemon still serves after all of it')
  })
})
