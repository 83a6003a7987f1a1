import assert from 'node:assert/strict'
import { startCluster, type E2eCluster } from './e2e-cluster.js'
import { fuzz, fuzzRequests } from './rest/fuzz-requests.js'

describe('e2e: 10 000 random and malformed requests against a real peer', function () {
  this.timeout(600_000)
  let cluster: E2eCluster
  before(async () => { cluster = await startCluster(1) })
  after(async () => { await cluster?.stop() })

  it('answers each with a documented status and JSON error, and the peer keeps serving with the same processes', async () => {
    const peer = cluster.peers[0]
    const output = (): string => peer.daemon.output()
    const restarts = (): number => (output().match(/restarting (peer-management|consensus|ipfs-connector)/g) ?? []).length
    const before = restarts()
    // rest-api.md documents one 500 a client can cause: adding a peer whose address nobody knows (as the original).
    const documented500 = (text: string): boolean => /^\{"code":500,"message":"no known address for peer \w+"\}\n$/.test(text)
    const problems = await fuzz(fuzzRequests(20261124, [peer.url]), 10_000, 16, documented500)
    assert.deepEqual(problems.slice(0, 10), [])
    assert.equal((await fetch(`${peer.url}/health`)).status, 204)
    assert.equal((await fetch(`${peer.url}/id`)).status, 200)
    assert.equal(restarts(), before, 'no child crashed')
  })
})
