import assert from 'node:assert/strict'
import { codec } from '@ipfscluster/proto'
import { fromWire, toWire } from '../../src/transport/message-codec.js'
import { EntryKind, type Message } from '../../src/raft/index.js'

const wire = codec('ipfscluster.consensus.v1.RaftMessage')
const base = { from: 'QmA', to: 'QmB', term: 7 }

const messages: Message[] = [
  { ...base, type: 'preVote', lastIndex: 10, lastTerm: 6, transfer: false },
  { ...base, type: 'vote', lastIndex: 10, lastTerm: 6, transfer: true },
  { ...base, type: 'preVoteResponse', reject: true },
  { ...base, type: 'voteResponse', reject: false },
  {
    ...base,
    type: 'append',
    prevIndex: 9,
    prevTerm: 6,
    commit: 8,
    entries: [
      { index: 10, term: 7, kind: EntryKind.COMMAND, data: Buffer.from([1, 2, 3]) },
      { index: 11, term: 7, kind: EntryKind.CONFIGURATION, data: Buffer.from('{"voters":["QmA"],"learners":[]}') },
      { index: 12, term: 7, kind: EntryKind.NOOP, data: Buffer.alloc(0) }
    ]
  },
  { ...base, type: 'appendResponse', reject: true, index: 9, hintIndex: 5, hintTerm: 4 },
  { ...base, type: 'heartbeat', commit: 11, readSeq: 0 },
  { ...base, type: 'heartbeat', commit: 11, readSeq: 42 },
  { ...base, type: 'heartbeatResponse', readSeq: 42 },
  { ...base, type: 'timeoutNow' },
  { ...base, type: 'readIndex', context: 'QmA/3' },
  { ...base, type: 'readIndexResponse', context: 'QmA/3', index: 11, reject: false }
]

describe('Raft messages on the wire', () => {
  for (const m of messages) {
    it(`${m.type} survives encoding unchanged`, () => {
      const w = toWire(m)
      assert.ok(w !== undefined)
      const back = fromWire(wire.decode(wire.encode(w)))
      assert.deepEqual(JSON.parse(JSON.stringify(back)), JSON.parse(JSON.stringify(m)))
    })
  }

  it('snapshot and propose are not wire messages', () => {
    assert.equal(toWire({ ...base, type: 'propose', entries: [] }), undefined)
    assert.equal(toWire({ ...base, type: 'snapshot', snapshot: { index: 1, term: 1, configuration: { voters: [], learners: [] }, configurationIndex: 0 } }), undefined)
  })

  it('an unknown type is dropped', () => {
    assert.equal(fromWire(wire.decode(wire.encode({ type: 'RAFT_MESSAGE_TYPE_UNSPECIFIED', from: 'QmA' }))), undefined)
  })
})
