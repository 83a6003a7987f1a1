import assert from 'node:assert/strict'
import { NotLeaderError, type AppendMessage, type Message } from '../../src/raft/index.js'
import { Net, bytes, commands, drain, logTerms, newNode, ofType, processReady, storageWithTerms } from './helpers.js'

const appends = (msgs: readonly Message[], to?: string): AppendMessage[] =>
  ofType(msgs, 'append').filter(m => to === undefined || m.to === to)

describe('raft: log replication (§5.3)', () => {
  it('commits an entry once a majority stored it, and followers learn the commit', () => {
    const net = new Net(['a', 'b', 'c'])
    net.campaign('a')
    net.propose('a', 'x')
    for (const id of ['a', 'b', 'c']) {
      const t = net.get(id)
      assert.deepEqual(commands(t), ['x'], id)
      assert.equal(t.node.commit, 3)
    }
  })

  it('commits with a majority even when a minority is unreachable', () => {
    const net = new Net(['a', 'b', 'c', 'd', 'e'])
    net.campaign('a')
    net.isolate('d')
    net.isolate('e')
    net.propose('a', 'x')
    assert.deepEqual(commands(net.get('a')), ['x'])
    assert.deepEqual(commands(net.get('d')), [])
  })

  it('does not commit without a majority', () => {
    const net = new Net(['a', 'b', 'c'])
    net.campaign('a')
    net.isolate('a')
    net.propose('a', 'x')
    assert.equal(net.get('a').node.commit, 2)
    assert.deepEqual(commands(net.get('a')), [])
  })

  it('the leader counts its own entry only once the shell persisted it', () => {
    const net = new Net(['a', 'b', 'c'])
    net.campaign('a')
    const a = net.get('a')
    a.node.propose(bytes('x'))
    const rd = a.node.ready()
    assert.equal(rd.entries.length, 1)
    // followers get the entry before the leader's fsync (parallel write)
    const toFollowers = appends(rd.messages)
    assert.equal(toFollowers.length, 2)
    net.deliver(toFollowers[0])
    const [ack] = drain(net.get(toFollowers[0].to))
    a.node.step(ack)
    assert.equal(a.node.commit, 2, 'one follower alone is not a majority of three')
    a.storage.append(rd.entries)
    a.node.advance()
    assert.equal(a.node.commit, 3, 'leader + one follower is')
  })

  it('a follower acknowledges appended entries only after persisting them', () => {
    const b = newNode('b', ['a', 'b', 'c'])
    b.node.step({ type: 'append', from: 'a', to: 'b', term: 2, prevIndex: 1, prevTerm: 1, entries: [{ index: 2, term: 2, kind: 'NOOP', data: new Uint8Array() }], commit: 1 })
    const rd = b.node.ready()
    assert.equal(rd.entries.length, 1)
    assert.deepEqual(rd.messages, [])
    assert.equal(rd.messagesAfterPersist[0].type, 'appendResponse')
  })

  it('rejects an append whose previous entry does not match, with a back-off hint', () => {
    const b = newNode('b', null, {}, storageWithTerms(['a', 'b', 'c'], [2, 2, 3]))
    drain(b)
    b.node.step({ type: 'append', from: 'a', to: 'b', term: 5, prevIndex: 4, prevTerm: 4, entries: [], commit: 1 })
    const [resp] = ofType(drain(b), 'appendResponse')
    assert.equal(resp.reject, true)
    assert.equal(resp.index, 4)
    // our last entry with term ≤ 4 at or before 4 is (4, 3)
    assert.deepEqual([resp.hintIndex, resp.hintTerm], [4, 3])
  })

  it('replaces a conflicting suffix and keeps a matching one (§5.3)', () => {
    const b = newNode('b', null, {}, storageWithTerms(['a', 'b', 'c'], [2, 2, 3, 3]))
    drain(b)
    b.node.step({
      type: 'append', from: 'a', to: 'b', term: 4, prevIndex: 2, prevTerm: 2, commit: 1,
      entries: [{ index: 3, term: 2, kind: 'COMMAND', data: bytes('e3t2') }, { index: 4, term: 4, kind: 'COMMAND', data: bytes('new') }]
    })
    const rd = b.node.ready()
    assert.deepEqual(rd.entries.map(e => [e.index, e.term]), [[4, 4]], 'only the conflicting suffix is rewritten')
    processReadyFrom(b, rd)
    assert.deepEqual(logTerms(b), [1, 2, 2, 4])
  })

  it('ignores a stale append below its commit index and answers with the commit', () => {
    const net = new Net(['a', 'b', 'c'])
    net.campaign('a')
    net.propose('a', 'x')
    const b = net.get('b')
    b.node.step({ type: 'append', from: 'a', to: 'b', term: 2, prevIndex: 1, prevTerm: 1, entries: [], commit: 1 })
    const [resp] = ofType(drain(b), 'appendResponse')
    assert.deepEqual([resp.reject, resp.index], [false, 3])
    assert.equal(b.node.status().lastIndex, 3)
  })

  it('brings every follower log of Figure 7 to the leader\'s, backing off a term at a time', () => {
    const leaderTerms = [1, 1, 4, 4, 5, 5, 6, 6, 6]
    const followers: Record<string, number[]> = {
      a: [1, 1, 4, 4, 5, 5, 6, 6],
      b: [1, 1, 4],
      c: [1, 1, 4, 4, 5, 5, 6, 6, 6, 6],
      d: [1, 1, 4, 4, 5, 5, 6, 6, 6, 7, 7],
      e: [1, 1, 4, 4, 4, 4],
      f: [1, 1, 2, 2, 2, 3, 3, 3, 3, 3]
    }
    for (const [name, terms] of Object.entries(followers)) {
      const net = new Net([])
      const voters = ['l', 'f', 'v']
      net.add(newNode('l', null, {}, storageWithTerms(voters, leaderTerms, 7)))
      net.add(newNode('f', null, {}, storageWithTerms(voters, terms, 7)))
      net.add(newNode('v', null, {}, storageWithTerms(voters, [], 7)))
      net.campaign('l')
      assert.equal(net.get('l').node.role, 'leader', name)
      assert.deepEqual(logTerms(net.get('f')), logTerms(net.get('l')), `follower ${name}`)
      const rejections = ofType(net.log, 'appendResponse').filter(m => m.from === 'f' && m.reject).length
      assert.ok(rejections <= 3, `follower ${name}: ${rejections} rejections, the hint should skip whole terms`)
    }
  })
})

describe('raft: commit rules (§5.4.2)', () => {
  it('never commits an entry of an earlier term by counting replicas (Figure 8)', () => {
    const voters = ['a', 'b', 'c']
    const net = new Net([])
    net.add(newNode('a', null, { maxAppendEntries: 1 }, storageWithTerms(voters, [2], 3)))
    net.add(newNode('b', null, {}, storageWithTerms(voters, [], 3)))
    net.add(newNode('c', null, {}, storageWithTerms(voters, [], 3)))
    // c never gets anything; b rejects the first append (it lacks index 2),
    // then gets the term-2 entry alone (maxAppendEntries 1) but never the NOOP
    net.filter = m => m.to !== 'c' &&
      !(m.type === 'append' && m.entries.some(e => e.index === 3) && net.get('b').node.termAt(2) !== null)
    net.campaign('a')
    const a = net.get('a')
    assert.equal(a.node.role, 'leader')
    assert.equal(a.node.term, 4)
    assert.equal(net.get('b').node.termAt(2), 2, 'b holds the term-2 entry: a majority has it')
    assert.equal(a.node.commit, 1, 'but it is not committed by counting')
    net.filter = () => true
    net.tickAll(1)
    assert.equal(a.node.commit, 3, 'committing the NOOP of term 4 commits it')
    assert.deepEqual(commands(a), ['e2t2'])
  })

  it('a follower commits only what it holds: min(leader commit, last new entry)', () => {
    const b = newNode('b', ['a', 'b', 'c'])
    b.node.step({ type: 'append', from: 'a', to: 'b', term: 2, prevIndex: 1, prevTerm: 1, entries: [{ index: 2, term: 2, kind: 'NOOP', data: new Uint8Array() }], commit: 9 })
    assert.equal(b.node.commit, 2)
  })

  it('a follower never commits a stale tail beyond what the append vouched for', () => {
    // b holds (2,2) (3,2) (4,2) from an old leader; the new leader has (2,2) (3,3) (4,3), committed
    const b = newNode('b', null, {}, storageWithTerms(['a', 'b', 'c'], [2, 2, 2], 3))
    drain(b)
    // a one-entry append (maxAppendEntries 1) confirms only index 2
    b.node.step({ type: 'append', from: 'a', to: 'b', term: 3, prevIndex: 1, prevTerm: 1, entries: [{ index: 2, term: 2, kind: 'COMMAND', data: bytes('e2t2') }], commit: 4 })
    assert.equal(b.node.commit, 2, 'indexes 3 and 4 are not known to match the leader')
  })
})

describe('raft: batching, pipelining, flow control', () => {
  it('sends at most maxAppendEntries entries per append', () => {
    const net = new Net(['a', 'b', 'c'], { maxAppendEntries: 4 })
    net.campaign('a')
    net.isolate('c')
    for (let i = 0; i < 20; i++) net.propose('a', `x${i}`)
    net.heal()
    net.tickAll(1)
    const toC = appends(net.log, 'c').filter(m => m.entries.length > 0)
    assert.ok(toC.every(m => m.entries.length <= 4))
    assert.ok(toC.length >= 6, 'the backlog of 21 entries takes several batches')
    assert.equal(commands(net.get('c')).length, 20)
  })

  it('proposals made before ready() leave in one message per follower (group commit)', () => {
    const net = new Net(['a', 'b', 'c'], { maxAppendEntries: 64 })
    net.campaign('a')
    const a = net.get('a')
    for (let i = 0; i < 10; i++) a.node.propose(bytes(`x${i}`))
    const rd = a.node.ready()
    assert.equal(rd.entries.length, 10)
    assert.deepEqual(appends(rd.messages).map(m => [m.to, m.entries.length]).sort(), [['b', 10], ['c', 10]])
  })

  it('pipelines up to maxInflight appends, then pauses until acknowledgements come back', () => {
    const net = new Net(['a', 'b', 'c'], { maxAppendEntries: 2, maxInflight: 3 })
    net.campaign('a')
    const a = net.get('a')
    for (let i = 0; i < 20; i++) a.node.propose(bytes(`x${i}`))
    const first = appends(processReady(a), 'b')
    assert.deepEqual(first.map(m => m.entries.length), [2, 2, 2], 'three messages in flight, optimistic next index')
    assert.deepEqual(first.map(m => m.prevIndex), [2, 4, 6])
    // one acknowledgement frees one slot
    net.deliver(first[0])
    for (const m of drain(net.get('b'))) a.node.step(m)
    const more = appends(processReady(a), 'b')
    assert.deepEqual(more.map(m => m.prevIndex), [8])
  })

  it('a heartbeat response frees a slot of a full window (lost appends do not stall replication)', () => {
    const net = new Net(['a', 'b', 'c'], { maxAppendEntries: 1, maxInflight: 2 })
    net.campaign('a')
    const a = net.get('a')
    for (let i = 0; i < 5; i++) a.node.propose(bytes(`x${i}`))
    assert.equal(appends(processReady(a), 'b').length, 2)
    a.node.step({ type: 'heartbeatResponse', from: 'b', to: 'a', term: 2, readSeq: 0 })
    assert.equal(appends(drain(a), 'b').length, 1)
  })

  it('tolerates duplicated and reordered appends', () => {
    const net = new Net(['a', 'b', 'c'], { maxAppendEntries: 1 })
    net.campaign('a')
    const a = net.get('a')
    for (let i = 0; i < 3; i++) a.node.propose(bytes(`x${i}`))
    const msgs = appends(processReady(a), 'b')
    for (const m of [...msgs].reverse()) net.deliver(m)
    for (const m of msgs) net.deliver(m)
    for (const m of drain(net.get('b'))) a.node.step(m)
    net.stabilize()
    net.tickAll(1)
    assert.deepEqual(commands(net.get('b')), ['x0', 'x1', 'x2'])
  })
})

describe('raft: proposals', () => {
  it('a follower refuses a proposal with NotLeaderError naming the leader', () => {
    const net = new Net(['a', 'b', 'c'])
    net.campaign('a')
    assert.throws(() => net.get('b').node.propose(bytes('x')), (err: unknown) =>
      err instanceof NotLeaderError && err.name === 'NotLeaderError' && err.leader === 'a')
  })

  it('forward() sends the entry to the leader, which appends it', () => {
    const net = new Net(['a', 'b', 'c'])
    net.campaign('a')
    assert.equal(net.get('b').node.forward(bytes('fwd')), null)
    net.stabilize()
    assert.deepEqual(commands(net.get('a')), ['fwd'])
  })

  it('forward() with no known leader throws NotLeaderError without a hint', () => {
    const b = newNode('b', ['a', 'b', 'c'])
    assert.throws(() => b.node.forward(bytes('x')), (err: unknown) => err instanceof NotLeaderError && err.leader === undefined)
  })

  it('a proposal returns its index and term; a lost one shows up as another term at that index', () => {
    const net = new Net(['a', 'b', 'c'], { random: () => 0.5 })
    net.campaign('a')
    net.isolate('a')
    const p = net.get('a').node.propose(bytes('lost'))
    assert.deepEqual(p, { index: 3, term: 2 })
    // c forgets the leader (its stickiness window expires) before b campaigns
    for (let i = 0; i < 10; i++) net.get('c').node.tick()
    net.campaign('b')
    assert.equal(net.get('b').node.role, 'leader')
    net.propose('b', 'won')
    net.heal()
    net.tickAll(2)
    const a = net.get('a')
    const at3 = a.applied.find(e => e.index === 3)
    assert.notEqual(at3?.term, p.term)
    assert.ok(!commands(a).includes('lost'))
  })
})

function processReadyFrom (t: ReturnType<typeof newNode>, rd: ReturnType<ReturnType<typeof newNode>['node']['ready']>): void {
  t.storage.append(rd.entries)
  if (rd.hardState !== undefined) t.storage.setHardState(rd.hardState)
  t.node.advance()
}
