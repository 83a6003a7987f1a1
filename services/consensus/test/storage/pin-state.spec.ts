import assert from 'node:assert/strict'
import { codec } from '@ipfscluster/proto'
import { CID, type MultihashDigest } from 'multiformats/cid'
import * as Digest from 'multiformats/hashes/digest'
import { EntryKind, type Entry } from '../../src/raft/types.js'
import { cidText } from '../../src/storage/cid-text.js'
import { PinState } from '../../src/storage/index.js'
import { cidOf, op } from './helpers.js'

const pins = codec('ipfscluster.types.v1.Pin')
const command = (data: Uint8Array): Entry => ({ index: 1, term: 1, kind: EntryKind.COMMAND, data })

describe('storage: the pinset state machine', () => {
  it('PIN puts (replaces), UNPIN deletes, both idempotent', () => {
    const s = new PinState()
    s.apply(command(op('OP_TYPE_PIN', 1, 'a')))
    s.apply(command(op('OP_TYPE_PIN', 1, 'b')))
    s.apply(command(op('OP_TYPE_PIN', 2)))
    assert.equal(s.size, 2)
    assert.equal(pins.decode(s.get(cidOf(1).bytes) as Buffer).name, 'b')
    s.apply(command(op('OP_TYPE_UNPIN', 1)))
    s.apply(command(op('OP_TYPE_UNPIN', 1)))
    s.apply(command(op('OP_TYPE_UNPIN', 3)))
    assert.equal(s.size, 1)
    assert.equal(s.get(cidOf(1).bytes), undefined)
  })

  it('ignores non-command entries and malformed ops: apply never fails', () => {
    const s = new PinState()
    s.apply({ index: 1, term: 1, kind: EntryKind.NOOP, data: new Uint8Array() })
    s.apply({ index: 1, term: 1, kind: EntryKind.CONFIGURATION, data: op('OP_TYPE_PIN', 1) })
    s.apply(command(Uint8Array.of(0x12, 0x50, 0x01)))
    assert.equal(s.size, 0)
  })

  it('a stored pin decodes to what was put, every field kept', () => {
    const s = new PinState()
    const pin = { cid: cidOf(5).bytes, type: 'PIN_TYPE_SHARD_PIN' as const, max_depth: 1, name: 'x', allocations: ['p'], metadata: { k: 'v' }, reference: cidOf(6).bytes }
    s.put(pins.encode(pin))
    const back = pins.decode(s.get(cidOf(5).bytes) as Buffer)
    assert.deepEqual([back.type, back.max_depth, back.name, back.allocations, back.metadata], ['PIN_TYPE_SHARD_PIN', 1, 'x', ['p'], { k: 'v' }])
    assert.deepEqual(new Uint8Array(back.cid), cidOf(5).bytes)
    assert.deepEqual(new Uint8Array(back.reference), cidOf(6).bytes)
  })

  it('finds the CID wherever the encoder put it', () => {
    const s = new PinState()
    const cid = cidOf(9).bytes
    const nameFirst = Buffer.concat([Buffer.from([0x3a, 1, 0x78]), Buffer.from([0x0a, cid.length]), cid])
    s.put(nameFirst)
    assert.equal(pins.decode(s.get(cid) as Buffer).name, 'x')
  })

  it('sorted() yields pins in CID byte order, sortedBy() in text order', () => {
    const s = new PinState()
    for (let i = 0; i < 200; i++) s.put(pins.encode({ cid: cidOf(i).bytes, type: 'PIN_TYPE_PIN' }))
    const v0 = CID.createV0(cidOf('v0').multihash as MultihashDigest<0x12>)
    s.put(pins.encode({ cid: v0.bytes, type: 'PIN_TYPE_PIN' }))
    const cids = [...s.sorted()].map(p => Buffer.from(pins.decode(p).cid))
    assert.equal(cids.length, 201)
    assert.ok(cids.every((c, i) => i === 0 || Buffer.compare(cids[i - 1], c) < 0))
    const texts = [...s.sortedBy(cidText)].map(p => CID.decode(pins.decode(p).cid).toString())
    assert.deepEqual(texts, [...texts].sort())
  })

  it('cidText equals CID.toString for v0 and v1 CIDs of every length class', () => {
    const v0 = CID.createV0(cidOf('a').multihash as MultihashDigest<0x12>)
    const identity = CID.createV1(0x71, Digest.create(0x00, Uint8Array.of(1, 2, 3)))
    for (const cid of [v0, cidOf('b'), identity, CID.createV1(0x70, cidOf('c').multihash)]) {
      assert.equal(cidText(cid.bytes), cid.toString())
    }
  })
})
