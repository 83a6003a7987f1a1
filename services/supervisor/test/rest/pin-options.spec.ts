import assert from 'node:assert/strict'
import { parsePinOptions } from '../../src/api/rest/parse-pin-options.js'
import { CID1, PEER, PEER2 } from './fake-api.js'
import { errorBody, request, startTestServer, type TestServer } from './helpers.js'

const parse = (query: string, now = 1_000_000): ReturnType<typeof parsePinOptions> => parsePinOptions(new URLSearchParams(query), () => {}, now)

describe('REST API pin options', () => {
  it('reads every option', () => {
    const o = parse(`name=n&mode=direct&replication-min=2&replication-max=3&shard-size=18446744073709551615&user-allocations=${PEER},bad,${PEER2}` +
      `&expire-at=2024-05-01T10:00:00.5Z&meta-kind=text&meta-=x&pin-update=${CID1.toString()}&origins=/ip4/1.2.3.4/tcp/4001/p2p/${PEER}`)
    assert.deepEqual({ ...o, pinUpdate: o.pinUpdate?.toString() }, {
      name: 'n',
      mode: 'PIN_MODE_DIRECT',
      replicationFactorMin: 2,
      replicationFactorMax: 3,
      shardSize: 18446744073709551615n,
      userAllocations: [PEER, PEER2],
      expireAt: Date.UTC(2024, 4, 1, 10, 0, 0, 500),
      metadata: { kind: 'text' },
      pinUpdate: CID1.toString(),
      origins: [`/ip4/1.2.3.4/tcp/4001/p2p/${PEER}`]
    })
  })

  it('lets replication set both factors and expire-in count from now', () => {
    const o = parse('replication=-1&replication-min=5&expire-in=1m')
    assert.deepEqual([o.replicationFactorMin, o.replicationFactorMax, o.expireAt], [-1, -1, 1_000_000 + 60_000])
    assert.deepEqual(parse(''), {
      name: '', mode: 'PIN_MODE_RECURSIVE', replicationFactorMin: 0, replicationFactorMax: 0, shardSize: 0n,
      userAllocations: null, expireAt: 0, metadata: {}, pinUpdate: undefined, origins: null
    })
  })

  it('warns about an unknown mode, not a missing one, and pins recursively', () => {
    const warnings: string[] = []
    assert.equal(parsePinOptions(new URLSearchParams('mode=weird'), w => warnings.push(w)).mode, 'PIN_MODE_RECURSIVE')
    assert.equal(parsePinOptions(new URLSearchParams(''), w => warnings.push(w)).mode, 'PIN_MODE_RECURSIVE')
    assert.deepEqual(warnings, ['unknown pin mode "weird", using recursive'])
  })

  describe('over HTTP', () => {
    let s: TestServer
    before(async () => { s = await startTestServer() })
    after(async () => { await s.rest.close() })

    it('answers each bad option with its 400 and does not pin', async () => {
      const cases: Array<[string, RegExp]> = [
        ['replication=x', /^parameter replication invalid$/],
        ['replication-min=1.5', /^parameter replication-min invalid$/],
        ['replication-max=a', /^parameter replication-max invalid$/],
        ['shard-size=-1', /^parameter shard_size is invalid$/],
        ['expire-at=tomorrow', /^expire-at cannot be parsed: /],
        ['expire-in=500ms', /^expire-in duration too short$/],
        ['expire-in=soon', /^expire-in cannot be parsed: /],
        ['pin-update=nope', /^error decoding update option parameter: /],
        ['origins=notaddr', /^error decoding multiaddress: /],
        ['origins=/ip4/1.2.3.4/tcp/1', /^multiaddress does not contain peer ID: /]
      ]
      s.api.calls = []
      for (const [query, message] of cases) {
        for (const path of [`/pins/${CID1.toString()}`, `/pins/ipfs/${CID1.toString()}`]) {
          const r = await request(`${s.url}${path}?${query}`, { method: 'POST' })
          assert.equal(r.status, 400, query)
          assert.match(JSON.parse(r.body).message, message, query)
        }
      }
      assert.deepEqual(s.api.calls, [])
      assert.equal((await request(`${s.url}/pins/${CID1.toString()}?replication=x`, { method: 'POST' })).body, errorBody(400, 'parameter replication invalid'))
    })
  })
})
