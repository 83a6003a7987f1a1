import assert from 'node:assert/strict'
import { createHmac } from 'node:crypto'
import { issueToken, verifyToken } from '../../src/api/rest/jwt.js'
import { errorBody, request, startTestServer, type TestServer } from './helpers.js'

const REALM = 'realm="Restricted IPFS Cluster API"'
const basic = (user: string, password: string): Record<string, string> =>
  ({ Authorization: 'Basic ' + Buffer.from(`${user}:${password}`).toString('base64') })

/** An HS256 token with any claims, signed like a real client would. */
function signed (claims: object, key: string, alg = 'HS256'): string {
  const input = Buffer.from(JSON.stringify({ alg, typ: 'JWT' })).toString('base64url') + '.' + Buffer.from(JSON.stringify(claims)).toString('base64url')
  const hash = { HS256: 'sha256', HS384: 'sha384', HS512: 'sha512' }[alg] ?? 'sha256'
  return `${input}.${createHmac(hash, key).update(input).digest('base64url')}`
}

describe('REST API authentication', () => {
  let s: TestServer
  before(async () => { s = await startTestServer({ basicAuthCredentials: { alice: 'secret', nopass: '' } }) })
  after(async () => { await s.rest.close() })

  it('accepts basic credentials and refuses wrong ones with the exact 401', async () => {
    assert.equal((await request(`${s.url}/id`, { headers: basic('alice', 'secret') })).status, 200)
    for (const [user, password] of [['alice', 'wrong'], ['bob', 'secret'], ['nopass', ''], ['', '']]) {
      const r = await request(`${s.url}/id`, { headers: basic(user, password) })
      assert.equal(r.status, 401)
      assert.equal(r.body, errorBody(401, 'unauthorized: access denied'))
      assert.equal(r.headers.get('www-authenticate'), `Basic ${REALM}`)
      assert.equal(r.headers.get('content-type'), 'application/json')
    }
  })

  it('answers a request without credentials with both challenges', async () => {
    for (const headers of [{}, { Authorization: 'Digest x' }] as Array<Record<string, string>>) {
      const r = await request(`${s.url}/pins`, { headers })
      assert.equal(r.status, 401)
      assert.equal(r.body, errorBody(401, 'unauthorized: no auth provided'))
      assert.equal(r.headers.get('www-authenticate'), `Bearer ${REALM}, Basic ${REALM}`)
    }
  })

  it('issues a deterministic token that works as Bearer', async () => {
    const r = await request(`${s.url}/token`, { method: 'POST', headers: basic('alice', 'secret') })
    assert.equal(r.status, 200)
    const { token } = JSON.parse(r.body)
    assert.equal(token, issueToken('alice', 'secret'))
    assert.equal(token.split('.')[0], 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9')
    assert.equal((await request(`${s.url}/id`, { headers: { Authorization: `bearer ${token as string}` } })).status, 200)
    const again = await request(`${s.url}/token`, { method: 'POST', headers: { Authorization: `Bearer ${token as string}` } })
    assert.equal(JSON.parse(again.body).token, token)
  })

  it('refuses bad tokens with the invalid_token challenge', async () => {
    const good = issueToken('alice', 'secret')
    for (const token of [issueToken('alice', 'other'), issueToken('bob', 'secret'), issueToken('nopass', ''), 'a.b', good.slice(0, -2)]) {
      const r = await request(`${s.url}/id`, { headers: { Authorization: `Bearer ${token}` } })
      assert.equal(r.status, 401)
      assert.equal(r.body, errorBody(401, 'unauthorized: invalid token'))
      assert.equal(r.headers.get('www-authenticate'), `Bearer ${REALM}, error="invalid_token"`)
    }
  })

  it('checks the algorithm, exp, nbf and iat when present', () => {
    const creds = { alice: 'secret' }
    const now = 1_700_000_000
    assert.equal(verifyToken(signed({ iss: 'alice' }, 'secret'), creds, now), true)
    assert.equal(verifyToken(signed({ iss: 'alice' }, 'secret', 'HS512'), creds, now), true)
    assert.equal(verifyToken(signed({ iss: 'alice' }, 'secret', 'none'), creds, now), false)
    assert.equal(verifyToken(signed({ iss: 'alice', exp: now + 10, nbf: now - 10, iat: now - 10 }, 'secret'), creds, now), true)
    assert.equal(verifyToken(signed({ iss: 'alice', exp: now - 1 }, 'secret'), creds, now), false)
    assert.equal(verifyToken(signed({ iss: 'alice', nbf: now + 60 }, 'secret'), creds, now), false)
    assert.equal(verifyToken(signed({ iss: 'alice', iat: now + 60 }, 'secret'), creds, now), false)
  })

  it('exempts OPTIONS and GET /health only', async () => {
    assert.equal((await request(`${s.url}/health`)).status, 204)
    assert.equal((await request(`${s.url}/health/alerts`)).status, 401)
    assert.equal((await request(`${s.url}/health`, { method: 'POST' })).status, 401)
    assert.equal((await request(`${s.url}/id`, { method: 'OPTIONS', headers: { Origin: 'http://a', 'Access-Control-Request-Method': 'GET' } })).status, 204)
  })

  it('answers POST /token with 401 when no credentials are configured', async () => {
    const open = await startTestServer()
    try {
      assert.deepEqual(await request(`${open.url}/token`, { method: 'POST' }).then(r => [r.status, r.body]), [401, errorBody(401, 'unauthorized')])
    } finally { await open.rest.close() }
  })
})

describe('REST API CORS', () => {
  let s: TestServer
  before(async () => { s = await startTestServer() })
  after(async () => { await s.rest.close() })

  const preflight = async (origin: string, method: string, headers?: string): Promise<Headers> => {
    const r = await request(`${s.url}/pins`, {
      method: 'OPTIONS',
      headers: { Origin: origin, 'Access-Control-Request-Method': method, ...(headers === undefined ? {} : { 'Access-Control-Request-Headers': headers }) }
    })
    assert.equal(r.status, 204)
    assert.equal(r.body, '')
    assert.equal(r.headers.get('vary'), 'Origin, Access-Control-Request-Method, Access-Control-Request-Headers')
    return r.headers
  }

  it('answers allowed preflights with the defaults', async () => {
    const h = await preflight('http://example.com', 'GET', 'Content-Type')
    assert.equal(h.get('access-control-allow-origin'), '*')
    assert.equal(h.get('access-control-allow-methods'), 'GET')
    assert.equal(h.get('access-control-allow-headers'), 'Content-Type')
    assert.equal(h.get('access-control-allow-credentials'), 'true')
    assert.equal(h.get('access-control-max-age'), null)
  })

  it('answers refused preflights with 204 and no allow headers', async () => {
    for (const h of [await preflight('http://example.com', 'POST'), await preflight('http://example.com', 'GET', 'X-Custom')]) {
      assert.equal(h.get('access-control-allow-origin'), null)
    }
  })

  it('sets the actual-request headers for allowed methods only', async () => {
    const get = await request(`${s.url}/id`, { headers: { Origin: 'http://example.com' } })
    assert.equal(get.headers.get('vary'), 'Origin')
    assert.equal(get.headers.get('access-control-allow-origin'), '*')
    assert.equal(get.headers.get('access-control-expose-headers'), 'Content-Type, X-Stream-Output, X-Chunked-Output, X-Content-Length')
    assert.equal(get.headers.get('access-control-allow-credentials'), 'true')
    const post = await request(`${s.url}/peers`, { method: 'POST', headers: { Origin: 'http://example.com' }, body: '{}' })
    assert.equal(post.headers.get('access-control-allow-origin'), null)
    assert.equal(post.headers.get('vary'), 'Origin')
  })

  it('routes OPTIONS without Access-Control-Request-Method', async () => {
    assert.equal((await request(`${s.url}/id`, { method: 'OPTIONS' })).status, 405)
    assert.equal((await request(`${s.url}/nope`, { method: 'OPTIONS' })).status, 404)
  })

  it('echoes a listed origin and sends Max-Age when configured', async () => {
    const strict = await startTestServer({ corsAllowedOrigins: ['http://ok.example'], corsMaxAge: 600_000, corsAllowedMethods: ['GET', 'POST'] })
    try {
      const r = await request(`${strict.url}/pins`, { method: 'OPTIONS', headers: { Origin: 'http://ok.example', 'Access-Control-Request-Method': 'post' } })
      assert.equal(r.headers.get('access-control-allow-origin'), 'http://ok.example')
      assert.equal(r.headers.get('access-control-allow-methods'), 'POST')
      assert.equal(r.headers.get('access-control-max-age'), '600')
      const other = await request(`${strict.url}/id`, { headers: { Origin: 'http://evil.example' } })
      assert.equal(other.headers.get('access-control-allow-origin'), null)
    } finally { await strict.rest.close() }
  })
})
