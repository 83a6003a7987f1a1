import assert from 'node:assert/strict'
import { crc32c } from '@node-rs/crc32'
import { codec } from '@ipfscluster/proto'
import { SnapshotReceiver } from '../../src/transport/snapshot-transfer.js'
import { captureLogs } from '../storage/helpers.js'

const wire = codec('ipfscluster.consensus.v1.RaftMessage')
const body = Buffer.from('0123456789abcdef'.repeat(4))
const hex = (n: number): string => (n >>> 0).toString(16).padStart(8, '0')

/** The chunk of `body` at [offset, end) as the receiver gets it off the wire. */
function chunk (offset: number, end: number, crc = hex(crc32c(body))): ReturnType<typeof wire.decode> {
  return wire.decode(wire.encode({
    type: 'RAFT_MESSAGE_TYPE_INSTALL_SNAPSHOT',
    term: 3,
    from: 'QmLeader',
    to: 'QmMe',
    snapshot: { id: '2-40-1', index: 40, term: 2, configuration: { voters: ['QmLeader', 'QmMe'] }, configuration_index: 1, size: body.length, crc32c: crc, offset, data: body.subarray(offset, end), done: end >= body.length }
  }))
}

describe('InstallSnapshot receiver', () => {
  it('acknowledges each chunk, then steps the verified snapshot and hands its bytes over', () => {
    const r = new SnapshotReceiver('QmMe')
    const { result: first, lines } = captureLogs(() => r.chunk(chunk(0, 32)))
    assert.match(lines.join('\n'), /receiving snapshot .*index=40/)
    assert.equal(first.reply?.reject, false)
    assert.equal(Number(first.reply?.index), 32)
    assert.equal(first.step, undefined)
    const last = r.chunk(chunk(32, 64))
    assert.equal(last.reply?.reject, false)
    assert.equal(last.step?.type, 'snapshot')
    const meta = last.step?.type === 'snapshot' ? last.step.snapshot : undefined
    assert.deepEqual(meta, { index: 40, term: 2, configuration: { voters: ['QmLeader', 'QmMe'], learners: [] }, configurationIndex: 1 })
    assert.deepEqual(Buffer.concat(r.take(meta as NonNullable<typeof meta>)), body)
  })

  it('refuses a snapshot whose checksum does not match, and steps nothing', () => {
    const r = new SnapshotReceiver('QmMe')
    const { result: last, lines } = captureLogs(() => {
      r.chunk(chunk(0, 32, 'deadbeef'))
      return r.chunk(chunk(32, 64, 'deadbeef'))
    })
    assert.match(lines.join('\n'), /ERROR.*received snapshot is corrupted/)
    assert.equal(last.reply?.reject, true)
    assert.equal(last.step, undefined)
    assert.throws(() => r.take({ index: 40, term: 2, configuration: { voters: [], learners: [] }, configurationIndex: 1 }), /no received snapshot/)
  })

  it('refuses a chunk that does not follow the previous one', () => {
    const r = new SnapshotReceiver('QmMe')
    const { result: gap } = captureLogs(() => {
      r.chunk(chunk(0, 16))
      return r.chunk(chunk(32, 64))
    })
    assert.equal(gap.reply?.reject, true)
    assert.equal(gap.step, undefined)
  })
})
