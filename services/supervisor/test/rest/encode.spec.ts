import assert from 'node:assert/strict'
import { goJson } from '../../src/api/rest/encode/json.js'
import { formatTime, parseTime } from '../../src/api/rest/encode/time.js'
import { CID1, CID2, metric, PEER, PEER2, T1 } from './fake-api.js'
import { request, startTestServer, type TestServer } from './helpers.js'

const ID_JSON = `{"id":"${PEER}","addresses":["/ip4/127.0.0.1/tcp/9096/p2p/${PEER}"],"cluster_peers":["${PEER}"],"cluster_peers_addresses":[],` +
  `"version":"0.1.0","commit":"","rpc_protocol_version":"/ipfscluster/ts-1.0/rpc","error":"",` +
  `"ipfs":{"id":"${PEER2}","addresses":["/ip4/127.0.0.1/tcp/4001/p2p/${PEER2}"],"error":""},"peername":"my-peer"}\n`

const withTz = async (tz: string, fn: () => Promise<void> | void): Promise<void> => {
  const before = process.env.TZ
  process.env.TZ = tz
  try { await fn() } finally {
    if (before === undefined) delete process.env.TZ
    else process.env.TZ = before
  }
}

describe('REST API JSON encoding', () => {
  let s: TestServer
  before(async () => { s = await startTestServer() })
  after(async () => { await s.rest.close() })

  it('writes Go encoder JSON: compact, escaped like Go, exact bigints, newline', () => {
    assert.equal(goJson({ a: '<&>', b: 9007199254740993n, c: undefined, d: [null, true, 1.5] }), '{"a":"\\u003c\\u0026\\u003e","b":9007199254740993,"d":[null,true,1.5]}\n')
  })

  it('writes times as RFC 3339 trimmed, in the local offset, zero time for 0', async () => {
    await withTz('UTC', () => {
      assert.equal(formatTime(T1), '2024-05-01T10:00:00.123Z')
      assert.equal(formatTime(Date.UTC(2024, 4, 1, 10, 0, 0, 500)), '2024-05-01T10:00:00.5Z')
      assert.equal(formatTime(Date.UTC(2024, 4, 1, 10)), '2024-05-01T10:00:00Z')
      assert.equal(formatTime(0), '0001-01-01T00:00:00Z')
    })
    await withTz('Asia/Kolkata', () => { assert.equal(formatTime(T1), '2024-05-01T15:30:00.123+05:30') })
    await withTz('America/New_York', () => { assert.equal(formatTime(T1), '2024-05-01T06:00:00.123-04:00') })
    assert.equal(parseTime('2024-05-01T15:30:00.123+05:30'), T1)
    assert.throws(() => parseTime('2024-13-01T00:00:00Z'))
  })

  it('GET /id', async () => {
    assert.equal((await request(`${s.url}/id`)).body, ID_JSON)
  })

  it('GET /peers gives unreachable peers the empty ID shape', async () => {
    s.api.peerList = [{ id: PEER2, error: 'dial failed' }]
    const body = (await request(`${s.url}/peers`)).body
    s.api.peerList = []
    assert.equal(body, `{"id":"${PEER2}","addresses":null,"cluster_peers":[],"cluster_peers_addresses":[],"version":"","commit":"",` +
      '"rpc_protocol_version":"","error":"dial failed","ipfs":{"addresses":null,"error":""},"peername":""}\n')
  })

  it('Pin: POST answer and state reads follow their own null rules', async () => {
    await withTz('UTC', async () => {
      const posted = await request(`${s.url}/pins/${CID1.toString()}?replication=-1`, { method: 'POST' })
      assert.equal(posted.body, '{"replication_factor_min":-1,"replication_factor_max":-1,"name":"","mode":"recursive","shard_size":0,' +
        '"user_allocations":null,"expire_at":"0001-01-01T00:00:00Z","metadata":{},"pin_update":null,"origins":null,' +
        `"cid":"${CID1.toString()}","type":"pin","allocations":[],"max_depth":-1,"reference":null,"timestamp":"2024-05-01T10:00:00.123Z"}\n`)
      const state = await request(`${s.url}/allocations/${CID1.toString()}`)
      assert.equal(state.body, '{"replication_factor_min":-1,"replication_factor_max":-1,"name":"","mode":"recursive","shard_size":0,' +
        '"user_allocations":null,"expire_at":"0001-01-01T00:00:00Z","metadata":null,"pin_update":null,"origins":[],' +
        `"cid":"${CID1.toString()}","type":"pin","allocations":[],"max_depth":-1,"reference":null,"timestamp":"2024-05-01T10:00:00.123Z"}\n`)
      const full = await request(`${s.url}/pins/${CID2.toString()}?mode=direct&name=n&meta-k=v&user-allocations=${PEER}` +
        `&pin-update=${CID1.toString()}&expire-at=2030-01-01T00:00:00Z&shard-size=10`, { method: 'POST' })
      assert.equal(full.body, '{"replication_factor_min":0,"replication_factor_max":0,"name":"n","mode":"direct","shard_size":10,' +
        `"user_allocations":["${PEER}"],"expire_at":"2030-01-01T00:00:00Z","metadata":{"k":"v"},"pin_update":"${CID1.toString()}","origins":null,` +
        `"cid":"${CID2.toString()}","type":"pin","allocations":[],"max_depth":0,"reference":null,"timestamp":"2024-05-01T10:00:00.123Z"}\n`)
      const removed = JSON.parse((await request(`${s.url}/pins/${CID2.toString()}`, { method: 'DELETE' })).body)
      assert.deepEqual([removed.mode, removed.metadata, removed.user_allocations], ['direct', { k: 'v' }, null])
    })
  })

  it('GlobalPinInfo', async () => {
    await withTz('UTC', async () => {
      assert.equal((await request(`${s.url}/pins/${CID1.toString()}`)).body,
        `{"cid":"${CID1.toString()}","name":"check","allocations":[],"origins":[],"created":"2024-05-01T10:00:00Z","metadata":{"kind":"text"},` +
        `"peer_map":{"${PEER}":{"peername":"my-peer","ipfs_peer_id":"${PEER2}","ipfs_peer_addresses":["/ip4/127.0.0.1/tcp/4001"],` +
        '"status":"pinned","timestamp":"2024-05-01T10:00:00Z","error":"","attempt_count":0,"priority_pin":false}}}\n')
    })
  })

  it('Metric and Alert with exact int64 nanoseconds', async () => {
    const metricJson = `{"name":"freespace","peer":"${PEER}","value":"1000","expire":1714557630123456789,"valid":true,"weight":1000,` +
      '"partitionable":false,"received_at":1714557600987654321'
    assert.equal((await request(`${s.url}/monitor/metrics/freespace`)).body, `[${metricJson}}]\n`)
    s.api.alertList = [{ ...metric, triggeredAt: T1 }]
    await withTz('UTC', async () => {
      assert.equal((await request(`${s.url}/health/alerts`)).body, `[${metricJson},"triggered_at":"2024-05-01T10:00:00.123Z"}]\n`)
    })
  })
})
