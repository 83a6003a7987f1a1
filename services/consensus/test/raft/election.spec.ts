import assert from 'node:assert/strict'
import { EntryKind, type VoteMessage } from '../../src/raft/index.js'
import { Net, bytes, drain, newNode, ofType } from './helpers.js'

function voteRequest (from: string, to: string, term: number, lastIndex: number, lastTerm: number, type: 'vote' | 'preVote' = 'vote'): VoteMessage {
  return { type, from, to, term, lastIndex, lastTerm, transfer: false }
}

describe('raft: elections (§5.2)', () => {
  it('a follower that hears nothing for the election timeout starts a pre-vote, not an election', () => {
    const a = newNode('a', ['a', 'b', 'c'])
    drain(a)
    for (let i = 0; i < 9; i++) a.node.tick()
    assert.equal(a.node.role, 'follower')
    a.node.tick()
    assert.equal(a.node.role, 'pre-candidate')
    assert.equal(a.node.term, 1, 'a pre-campaign does not increment the term')
    const msgs = drain(a)
    const pre = ofType(msgs, 'preVote')
    assert.deepEqual(pre.map(m => [m.to, m.term]).sort(), [['b', 2], ['c', 2]])
    assert.equal(a.storage.initialState().vote, null, 'no vote was cast')
  })

  it('without PreVote the timeout makes a candidate: term + 1, votes for itself, asks every voter', () => {
    const a = newNode('a', ['a', 'b', 'c'], { preVote: false })
    for (let i = 0; i < 10; i++) a.node.tick()
    assert.equal(a.node.role, 'candidate')
    assert.equal(a.node.term, 2)
    const rd = a.node.ready()
    assert.deepEqual(rd.hardState, { term: 2, vote: 'a', commit: 1 })
    assert.equal(rd.messages.length, 0, 'vote requests wait for the vote to be durable')
    assert.deepEqual(ofType([...rd.messagesAfterPersist], 'vote').map(m => m.to).sort(), ['b', 'c'])
  })

  it('the election timeout is randomised in [1×, 2×) of electionTicks', () => {
    for (const [r, expect] of [[0, 10], [0.5, 15], [0.99, 19]] as const) {
      const a = newNode('a', ['a', 'b', 'c'], { random: () => r, preVote: false })
      let ticks = 0
      while (a.node.role === 'follower') {
        a.node.tick()
        ticks++
      }
      assert.equal(ticks, expect)
    }
  })

  it('a candidate that wins a majority becomes leader and appends a NOOP of its term', () => {
    const net = new Net(['a', 'b', 'c'])
    net.campaign('a')
    const a = net.get('a')
    assert.equal(a.node.role, 'leader')
    assert.equal(a.node.term, 2)
    const st = a.node.status()
    assert.equal(st.lastIndex, 2)
    assert.equal(a.node.termAt(2), 2)
    assert.equal(a.applied.at(-1)?.kind, EntryKind.NOOP)
    assert.equal(st.commit, 2, 'the NOOP commits the new term')
    for (const id of ['b', 'c']) assert.equal(net.get(id).node.leader, 'a')
  })

  it('a single-voter cluster elects itself on its first tick', () => {
    const a = newNode('a', ['a'])
    a.node.tick()
    assert.equal(a.node.role, 'leader')
    drain(a)
    assert.equal(a.node.commit, 2)
  })

  it('a join-mode node (empty log) never campaigns', () => {
    const j = newNode('j', null)
    for (let i = 0; i < 100; i++) j.node.tick()
    assert.equal(j.node.role, 'follower')
    assert.deepEqual(drain(j), [])
  })

  it('a candidate that receives an append for its term steps down to follower', () => {
    const a = newNode('a', ['a', 'b', 'c'], { preVote: false })
    a.node.campaign()
    drain(a)
    a.node.step({ type: 'append', from: 'b', to: 'a', term: 2, prevIndex: 1, prevTerm: 1, entries: [], commit: 1 })
    assert.equal(a.node.role, 'follower')
    assert.equal(a.node.leader, 'b')
  })

  it('a candidate that loses (majority rejects) returns to follower', () => {
    const a = newNode('a', ['a', 'b', 'c'], { preVote: false })
    a.node.campaign()
    drain(a)
    a.node.step({ type: 'voteResponse', from: 'b', to: 'a', term: 2, reject: true })
    assert.equal(a.node.role, 'candidate')
    a.node.step({ type: 'voteResponse', from: 'c', to: 'a', term: 2, reject: true })
    assert.equal(a.node.role, 'follower')
  })

  it('a split vote times out and starts a new round at a higher term', () => {
    const a = newNode('a', ['a', 'b', 'c'], { preVote: false, candidateTicks: 5 })
    a.node.campaign()
    drain(a)
    for (let i = 0; i < 5; i++) a.node.tick()
    assert.equal(a.node.role, 'candidate')
    assert.equal(a.node.term, 3)
  })

  it('any message with a higher term turns a leader into a follower of that term', () => {
    const net = new Net(['a', 'b', 'c'])
    net.campaign('a')
    const a = net.get('a')
    a.node.step({ type: 'appendResponse', from: 'b', to: 'a', term: 9, reject: true, index: 0, hintIndex: 0, hintTerm: 0 })
    assert.equal(a.node.role, 'follower')
    assert.equal(a.node.term, 9)
  })

  it('a stale leader is told the newer term when it sends an append', () => {
    const b = newNode('b', ['a', 'b', 'c'])
    b.node.step({ type: 'heartbeat', from: 'c', to: 'b', term: 5, commit: 1, readSeq: 0 })
    drain(b)
    b.node.step({ type: 'append', from: 'a', to: 'b', term: 3, prevIndex: 1, prevTerm: 1, entries: [], commit: 1 })
    const [resp] = drain(b)
    assert.equal(resp.type, 'appendResponse')
    assert.equal(resp.term, 5)
  })
})

describe('raft: vote rules (§5.2, §5.4.1)', () => {
  it('votes at most once per term, first come first served', () => {
    const c = newNode('c', ['a', 'b', 'c'])
    c.node.step(voteRequest('a', 'c', 2, 1, 1))
    c.node.step(voteRequest('b', 'c', 2, 1, 1))
    const votes = ofType(drain(c), 'voteResponse')
    assert.deepEqual(votes.map(m => [m.to, m.reject]), [['a', false], ['b', true]])
    assert.equal(c.storage.initialState().vote, 'a')
    c.node.step(voteRequest('a', 'c', 2, 1, 1))
    assert.equal(ofType(drain(c), 'voteResponse')[0].reject, false, 'a repeated request from the same candidate is granted again')
  })

  it('grants only to a log at least as up to date: last term first, then last index', () => {
    const cases: Array<[string, number, number, boolean]> = [
      ['lower last term, longer log', 9, 1, false],
      ['same last term, shorter log', 2, 2, false],
      ['same last term, same length', 3, 2, true],
      ['higher last term, shorter log', 2, 3, true]
    ]
    for (const [name, lastIndex, lastTerm, granted] of cases) {
      const c = newNode('c', ['a', 'b', 'c'])
      // c's log: (1,1) (2,2) (3,2)
      c.node.step({
        type: 'append', from: 'b', to: 'c', term: 2, prevIndex: 1, prevTerm: 1, commit: 1,
        entries: [{ index: 2, term: 2, kind: EntryKind.NOOP, data: new Uint8Array() }, { index: 3, term: 2, kind: EntryKind.COMMAND, data: bytes('x') }]
      })
      drain(c)
      c.node.step({ ...voteRequest('a', 'c', 3, lastIndex, lastTerm), transfer: true })
      assert.equal(ofType(drain(c), 'voteResponse')[0].reject, !granted, name)
    }
  })

  it('a node that knows the leader of a term votes for nobody else in it', () => {
    const c = newNode('c', ['a', 'b', 'c'])
    c.node.step({ type: 'heartbeat', from: 'a', to: 'c', term: 2, commit: 1, readSeq: 0 })
    drain(c)
    c.node.step({ ...voteRequest('b', 'c', 2, 1, 1), transfer: true })
    assert.equal(ofType(drain(c), 'voteResponse')[0].reject, true)
  })

  it('vote grants are sent only after the vote is persisted', () => {
    const c = newNode('c', ['a', 'b', 'c'])
    c.node.step(voteRequest('a', 'c', 2, 1, 1))
    const rd = c.node.ready()
    assert.deepEqual(rd.messages, [])
    assert.equal(rd.messagesAfterPersist[0].type, 'voteResponse')
    assert.equal(rd.mustSync, true)
    assert.deepEqual(rd.hardState, { term: 2, vote: 'a', commit: 1 })
  })
})

describe('raft: PreVote (thesis §9.6)', () => {
  it('granting a pre-vote changes neither term nor vote', () => {
    const c = newNode('c', ['a', 'b', 'c'])
    drain(c)
    c.node.step(voteRequest('a', 'c', 2, 1, 1, 'preVote'))
    const [resp] = drain(c)
    assert.deepEqual([resp.type, resp.term, (resp as { reject: boolean }).reject], ['preVoteResponse', 2, false])
    assert.equal(c.node.term, 1)
    assert.equal(c.node.status().vote, null)
  })

  it('a pre-vote is refused to a log behind ours', () => {
    const net = new Net(['a', 'b', 'c'])
    net.campaign('a')
    net.propose('a', 'x')
    const c = net.get('c')
    for (let i = 0; i < 20; i++) c.node.tick() // forget the leader: stickiness expired
    drain(c)
    c.node.step(voteRequest('b', 'c', 3, 1, 1, 'preVote'))
    assert.equal(ofType(drain(c), 'preVoteResponse')[0].reject, true)
  })

  it('a partitioned node that comes back does not disrupt the cluster (no term inflation)', () => {
    const net = new Net(['a', 'b', 'c'], { random: () => 0.5 })
    net.campaign('a')
    net.isolate('c')
    // c times out again and again, but only pre-votes: its term stays put
    for (let i = 0; i < 100; i++) {
      net.get('a').node.tick()
      net.get('b').node.tick()
      net.get('c').node.tick()
      net.stabilize()
    }
    assert.equal(net.get('c').node.term, 2)
    net.heal()
    net.tickAll(30)
    assert.equal(net.get('a').node.role, 'leader')
    assert.equal(net.get('a').node.term, 2, 'the leader kept its term')
  })
})

describe('raft: CheckQuorum and stickiness', () => {
  it('a leader that has not heard from a quorum within the lease steps down', () => {
    const net = new Net(['a', 'b', 'c'], { leaseTicks: 5 })
    net.campaign('a')
    net.isolate('a')
    const a = net.get('a')
    for (let i = 0; i < 5; i++) a.node.tick()
    assert.equal(a.node.role, 'leader')
    a.node.tick()
    assert.equal(a.node.role, 'follower')
    assert.equal(a.node.leader, null)
  })

  it('a leader that keeps hearing from a quorum stays', () => {
    const net = new Net(['a', 'b', 'c'], { leaseTicks: 5 })
    net.campaign('a')
    net.isolate('c')
    net.heal()
    net.cutLink('a', 'c')
    net.cutLink('c', 'a')
    for (let i = 0; i < 50; i++) {
      net.get('a').node.tick()
      net.stabilize()
    }
    assert.equal(net.get('a').node.role, 'leader')
  })

  it('a voter that heard from the leader within electionTicks ignores higher-term (pre-)votes', () => {
    const net = new Net(['a', 'b', 'c'])
    net.campaign('a')
    const b = net.get('b')
    for (const type of ['preVote', 'vote'] as const) {
      b.node.step(voteRequest('c', 'b', 5, 100, 100, type))
      const [resp] = drain(b)
      assert.equal((resp as { reject: boolean }).reject, true, type)
      assert.equal(b.node.term, 2, 'the term did not move')
      assert.equal(b.node.leader, 'a')
    }
    for (let i = 0; i < 10; i++) b.node.tick()
    drain(b)
    b.node.step(voteRequest('c', 'b', 5, 100, 100, 'vote'))
    assert.equal(ofType(drain(b), 'voteResponse')[0].reject, false, 'once the lease expired the vote is granted')
  })

  it('an election started by TimeoutNow bypasses stickiness', () => {
    const net = new Net(['a', 'b', 'c'])
    net.campaign('a')
    const b = net.get('b')
    b.node.step({ ...voteRequest('c', 'b', 3, 2, 2), transfer: true })
    assert.equal(ofType(drain(b), 'voteResponse')[0].reject, false)
  })

  it('with CheckQuorum off a leader without followers stays leader', () => {
    const net = new Net(['a', 'b', 'c'], { checkQuorum: false })
    net.campaign('a')
    net.isolate('a')
    for (let i = 0; i < 100; i++) net.get('a').node.tick()
    assert.equal(net.get('a').node.role, 'leader')
  })
})
