import assert from 'node:assert/strict'
import { NotLeaderError } from '../../src/raft/index.js'
import { Net, drain, newNode, ofType } from './helpers.js'

describe('raft: ReadIndex (thesis §6.4)', () => {
  it('the leader answers only after a quorum confirmed its leadership with a heartbeat round', () => {
    const net = new Net(['a', 'b', 'c'])
    net.campaign('a')
    net.propose('a', 'x')
    const a = net.get('a')
    a.node.readIndex('r1')
    const msgs = drain(a)
    const hbs = ofType(msgs, 'heartbeat')
    assert.equal(hbs.length, 2)
    assert.ok(hbs.every(m => m.readSeq > 0))
    assert.deepEqual(a.readStates, [], 'not before the round')
    net.deliver(hbs[0])
    for (const m of drain(net.get(hbs[0].to))) net.deliver(m)
    drain(a)
    assert.deepEqual(a.readStates, [{ index: 3, context: 'r1' }])
  })

  it('a leader cut off from the majority never answers', () => {
    const net = new Net(['a', 'b', 'c'])
    net.campaign('a')
    net.isolate('a')
    net.get('a').node.readIndex('r1')
    net.tickAll(30)
    assert.deepEqual(net.get('a').readStates, [])
  })

  it('one quorum round confirms every earlier request too', () => {
    const net = new Net(['a', 'b', 'c'])
    net.campaign('a')
    const a = net.get('a')
    net.isolate('a')
    a.node.readIndex('r1')
    a.node.readIndex('r2')
    drain(a)
    net.heal()
    net.tickAll(1)
    assert.deepEqual(a.readStates.map(r => r.context), ['r1', 'r2'])
  })

  it('a follower gets the read index from the leader', () => {
    const net = new Net(['a', 'b', 'c'])
    net.campaign('a')
    net.propose('a', 'x')
    const b = net.get('b')
    b.node.readIndex('rb')
    net.stabilize()
    assert.deepEqual(b.readStates, [{ index: 3, context: 'rb' }])
  })

  it('a follower without a leader refuses with NotLeaderError', () => {
    const b = newNode('b', ['a', 'b', 'c'])
    assert.throws(() => b.node.readIndex('r'), NotLeaderError)
  })

  it('a node that is not leader rejects a forwarded request (no read state on the asker)', () => {
    const net = new Net(['a', 'b', 'c'])
    net.campaign('a')
    const c = net.get('c')
    c.node.step({ type: 'readIndex', from: 'b', to: 'c', term: 0, context: 'r' })
    const [resp] = ofType(drain(c), 'readIndexResponse')
    assert.equal(resp.reject, true)
    net.get('b').node.step(resp)
    drain(net.get('b'))
    assert.deepEqual(net.get('b').readStates, [])
  })

  it('a new leader answers only once it has committed an entry of its term', () => {
    const net = new Net(['a', 'b', 'c'])
    // the NOOP of the new term never reaches anyone
    net.filter = m => m.type !== 'append'
    net.campaign('a')
    const a = net.get('a')
    assert.equal(a.node.role, 'leader')
    a.node.readIndex('r')
    net.tickAll(2)
    assert.deepEqual(a.readStates, [], 'its commit index may still be stale')
    net.filter = () => true
    net.tickAll(2)
    assert.deepEqual(a.readStates, [{ index: 2, context: 'r' }])
  })

  it('a single-voter leader answers at once (after its first commit)', () => {
    const a = newNode('a', ['a'])
    a.node.tick()
    drain(a)
    a.node.readIndex('r')
    drain(a)
    assert.deepEqual(a.readStates, [{ index: 2, context: 'r' }])
  })
})
