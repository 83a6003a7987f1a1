import assert from 'node:assert/strict'
import { fuzz, fuzzRequests } from './fuzz-requests.js'
import { startTestServer, type TestServer } from './helpers.js'

describe('REST API fuzz', function () {
  this.timeout(120_000)
  const servers: TestServer[] = []
  before(async () => {
    servers.push(await startTestServer())
    servers.push(await startTestServer({ basicAuthCredentials: { alice: 'secret' } }))
  })
  after(async () => { await Promise.all(servers.map(async s => { await s.rest.close() })) })

  it('survives 10 000 random and malformed requests with documented answers only', async () => {
    // The fake core never fails on its own: no 5xx is acceptable.
    const problems = await fuzz(fuzzRequests(20261123, servers.map(s => s.url)), 10_000, 32)
    assert.deepEqual(problems.slice(0, 10), [])
    for (const s of servers) assert.equal((await fetch(`${s.url}/health`)).status, 204)
  })
})
