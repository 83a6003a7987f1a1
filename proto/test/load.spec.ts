import assert from 'node:assert/strict'
import { createHash } from 'node:crypto'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as grpc from '@grpc/grpc-js'
import {
  codec, loadProtos, methods, packageDefinition, policies, protocolFor,
  RAFT_PROTOCOL, RPC_PROTOCOL, type ConsensusHandlers, type Pin
} from '../src/index.js'

/** A CIDv1 raw (0x01 0x55) sha2-256 (0x12 0x20) of `data`, as binary. */
function rawCid (data: string): Buffer {
  return Buffer.concat([Buffer.from([0x01, 0x55, 0x12, 0x20]), createHash('sha256').update(data).digest()])
}

const cid = rawCid('foo')
const timestamp = '1714557600123' // > 2^32, ms
const farFuture = '9223372036854775807' // int64 max: would lose digits as a JS number

const pin: Pin = {
  cid,
  type: 'PIN_TYPE_PIN',
  allocations: ['12D3KooWCLKKDpG1EndPjLYzsqzoqEUBwF2CNyCVdvMVci2x1ppS'],
  max_depth: -1,
  timestamp,
  name: 'check',
  replication_factor_min: -1,
  replication_factor_max: -1,
  expire_at: farFuture,
  metadata: { kind: 'text' },
  origins: ['/ip4/127.0.0.1/tcp/4001/p2p/12D3KooWCLKKDpG1EndPjLYzsqzoqEUBwF2CNyCVdvMVci2x1ppS']
}

function lookup (path: string): unknown {
  let o: any = loadProtos()
  for (const part of path.split('.')) o = o?.[part]
  return o
}

describe('loader', () => {
  it('loads once and exposes every service as a typed client constructor', () => {
    assert.equal(loadProtos(), loadProtos())
    const services = Object.keys(policies)
    assert.equal(services.length, 7)
    for (const name of services) {
      const ctor = lookup(name) as (grpc.ServiceClientConstructor | undefined)
      assert.equal(typeof ctor, 'function', name)
      assert.ok(ctor !== undefined && Object.keys(ctor.service).length > 0, name)
    }
    assert.equal(loadProtos().ipfscluster.consensus.v1.Consensus.service.LogPin.path, '/ipfscluster.consensus.v1.Consensus/LogPin')
  })

  it('round-trips a Pin with a binary CID and 64-bit timestamps', () => {
    const pins = codec('ipfscluster.types.v1.Pin')
    const back = pins.decode(pins.encode(pin))
    assert.ok(Buffer.isBuffer(back.cid))
    assert.ok(back.cid.equals(cid))
    assert.equal(back.timestamp, timestamp)
    assert.equal(back.expire_at, farFuture)
    assert.equal(back.type, 'PIN_TYPE_PIN')
    assert.equal(back.max_depth, -1)
    assert.equal(back.replication_factor_min, -1)
    assert.deepEqual(back.allocations, pin.allocations)
    assert.deepEqual({ ...back.metadata }, { kind: 'text' })
    assert.deepEqual(back.origins, pin.origins)
    // defaults: unset fields come back as empty values, never undefined
    assert.equal(back.shard_size, '0')
    assert.equal(back.reference.length, 0)
    assert.equal(back.pin_update.length, 0)
  })

  it('decodes an empty message to all defaults', () => {
    const back = codec('ipfscluster.types.v1.Pin').decode(new Uint8Array(0))
    assert.equal(back.type, 'PIN_TYPE_UNSPECIFIED')
    assert.equal(back.timestamp, '0')
    assert.equal(back.expire_at, '0')
    assert.equal(back.name, '')
    assert.deepEqual(back.allocations, [])
    assert.deepEqual({ ...back.metadata }, {})
  })

  it('decodes from a plain Uint8Array into Buffers too', () => {
    const pins = codec('ipfscluster.types.v1.Pin')
    const bytes = pins.encode(pin)
    const plain = new Uint8Array(bytes.byteLength)
    plain.set(bytes)
    const back = pins.decode(plain)
    assert.ok(Buffer.isBuffer(back.cid))
    assert.ok(back.cid.equals(cid))
  })

  it('encodes int64 given as numbers or strings the same way', () => {
    const pins = codec('ipfscluster.types.v1.Pin')
    assert.deepEqual(pins.encode({ timestamp: 1714557600123 }), pins.encode({ timestamp }))
  })

  it('round-trips an Op inside a LogEntry (the Raft log path)', () => {
    const ops = codec('ipfscluster.types.v1.Op')
    const entries = codec('ipfscluster.consensus.v1.LogEntry')
    const data = ops.encode({ type: 'OP_TYPE_PIN', pin, traceparent: '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01' })
    const entry = entries.decode(entries.encode({ index: '18446744073709551615', term: '3', kind: 'ENTRY_KIND_COMMAND', data }))
    assert.equal(entry.index, '18446744073709551615')
    assert.equal(entry.kind, 'ENTRY_KIND_COMMAND')
    const op = ops.decode(entry.data)
    assert.equal(op.type, 'OP_TYPE_PIN')
    assert.ok(op.pin?.cid.equals(cid))
    assert.equal(op.pin?.timestamp, timestamp)
  })

  it('reads p2p frames by their oneof, empty payloads included', () => {
    const frames = codec('ipfscluster.p2p.v1.Frame')
    const req = frames.decode(frames.encode({
      request: { method: '/ipfscluster.cluster.v1.Cluster/ID', deadline_unix_ms: '1714557600123', payload: new Uint8Array(0) }
    }))
    assert.equal(req.kind, 'request')
    assert.equal(req.request?.method, '/ipfscluster.cluster.v1.Cluster/ID')
    assert.equal(req.request?.deadline_unix_ms, '1714557600123')
    assert.equal(req.payload, undefined) // unset oneof members are absent

    const empty = frames.decode(frames.encode({ payload: { data: new Uint8Array(0) } }))
    assert.equal(empty.kind, 'payload')
    assert.equal(empty.payload?.data.length, 0)

    const half = frames.decode(frames.encode({ half_close: {} }))
    assert.equal(half.kind, 'half_close')

    const status = frames.decode(frames.encode({
      status: { status_code: grpc.status.UNAVAILABLE, error_name: 'NotLeaderError', error_message: 'not the leader', details: { leader: '12D3KooW' } }
    }))
    assert.equal(status.kind, 'status')
    assert.equal(status.status?.status_code, 14)
    assert.equal(status.status?.error_name, 'NotLeaderError')
    assert.deepEqual({ ...status.status?.details }, { leader: '12D3KooW' })
  })

  it('keeps presence of proto3 optional fields', () => {
    const params = codec('ipfscluster.ipfsconnector.v1.AddParams')
    const unset = params.decode(params.encode({ cid_version: 1 }))
    assert.equal(unset.raw_leaves, undefined)
    const off = params.decode(params.encode({ cid_version: 1, raw_leaves: false }))
    assert.equal(off.raw_leaves, false)
    assert.equal(off._raw_leaves, 'raw_leaves')
  })

  it('refuses unknown message names', () => {
    assert.throws(() => codec('ipfscluster.types.v1.Nope' as 'ipfscluster.types.v1.Pin'), /unknown message type/)
    assert.throws(() => codec('ipfscluster.consensus.v1.Consensus' as 'ipfscluster.types.v1.Pin'), /unknown message type/)
  })

  it('describes every method for the relay', () => {
    const all = methods()
    for (const m of all.values()) {
      for (const t of [m.requestType, m.responseType]) {
        const def = packageDefinition()[t]
        assert.ok(def !== undefined && 'format' in def && def.format === 'Protocol Buffer 3 DescriptorProto', `${m.path}: ${t}`)
      }
    }
    const logPin = all.get('/ipfscluster.consensus.v1.Consensus/LogPin')
    assert.deepEqual(
      logPin && { ...logPin },
      {
        path: '/ipfscluster.consensus.v1.Consensus/LogPin',
        service: 'ipfscluster.consensus.v1.Consensus',
        method: 'LogPin',
        requestStream: false,
        responseStream: false,
        requestType: 'ipfscluster.consensus.v1.LogPinRequest',
        responseType: 'ipfscluster.consensus.v1.LogPinResponse',
        policy: 'trusted'
      })
    const shape = (p: string): [boolean, boolean] | undefined => {
      const m = all.get(p)
      return m && [m.requestStream, m.responseStream]
    }
    assert.deepEqual(shape('/ipfscluster.consensus.v1.Raft/Messages'), [true, false])
    assert.deepEqual(shape('/ipfscluster.ipfsconnector.v1.IPFSConnector/Add'), [true, true])
    assert.deepEqual(shape('/ipfscluster.consensus.v1.Consensus/WatchApplied'), [false, true])
    assert.equal(protocolFor('/ipfscluster.consensus.v1.Raft/Messages'), RAFT_PROTOCOL)
    assert.equal(protocolFor('/ipfscluster.consensus.v1.Consensus/LogPin'), RPC_PROTOCOL)
  })

  describe('over a real gRPC socket', () => {
    let dir: string
    let server: grpc.Server
    let client: InstanceType<ReturnType<typeof loadProtos>['ipfscluster']['consensus']['v1']['Consensus']>

    before(async () => {
      dir = await mkdtemp(join(tmpdir(), 'proto-'))
      const { ipfscluster } = loadProtos()
      const stored = new Map<string, Pin>()
      const handlers: Partial<ConsensusHandlers> = {
        LogPin: (call, callback) => {
          const p = call.request.pin
          if (p === null) { callback({ code: grpc.status.INVALID_ARGUMENT }); return }
          stored.set(p.cid.toString('hex'), p)
          callback(null, { index: '4294967297' })
        },
        PinGet: (call, callback) => {
          const p = stored.get(call.request.cid.toString('hex'))
          if (p === undefined) { callback({ code: grpc.status.NOT_FOUND, details: 'pin is not part of the pinset' }); return }
          callback(null, { pin: p })
        }
      }
      server = new grpc.Server()
      server.addService(ipfscluster.consensus.v1.Consensus.service, handlers as ConsensusHandlers)
      const address = `unix:${join(dir, 'c.sock')}`
      await new Promise<void>((resolve, reject) => server.bindAsync(address, grpc.ServerCredentials.createInsecure(), (err) => { err === null ? resolve() : reject(err) }))
      client = new ipfscluster.consensus.v1.Consensus(address, grpc.credentials.createInsecure())
    })

    after(async () => {
      client.close()
      server.forceShutdown()
      await rm(dir, { recursive: true, force: true })
    })

    it('carries a Pin both ways with the same shapes as the codec', async () => {
      const logged = await new Promise<string>((resolve, reject) => {
        client.LogPin({ pin }, (err, res) => { err !== null ? reject(err) : resolve(res?.index ?? '') })
      })
      assert.equal(logged, '4294967297')
      const got = await new Promise<NonNullable<Parameters<Parameters<typeof client.PinGet>[1]>[1]>>((resolve, reject) => {
        client.PinGet({ cid, linearizable: false }, (err, res) => { err !== null || res === undefined ? reject(err) : resolve(res) })
      })
      assert.ok(got.pin?.cid.equals(cid))
      assert.equal(got.pin?.timestamp, timestamp)
      assert.equal(got.pin?.expire_at, farFuture)
      const viaCodec = codec('ipfscluster.types.v1.Pin')
      assert.deepEqual(got.pin, viaCodec.decode(viaCodec.encode(pin)))
    })

    it('reports unknown CIDs with the handler status', async () => {
      const err = await new Promise<grpc.ServiceError>((resolve) => {
        client.PinGet({ cid: rawCid('bar') }, (e) => { resolve(e as grpc.ServiceError) })
      })
      assert.equal(err.code, grpc.status.NOT_FOUND)
      assert.equal(err.details, 'pin is not part of the pinset')
    })
  })
})
