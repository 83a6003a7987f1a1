import assert from 'node:assert/strict'
import {
  EntryKind, InvalidParametersError, MembershipChangeInProgressError, NotLeaderError, decodeConfiguration, encodeConfiguration
} from '../../src/raft/index.js'
import { Net, drain, newNode, ofType } from './helpers.js'

/** A cluster of voters plus a join-mode node `j` (empty log) attached to the network. */
function withJoiner (voters: string[], opts = {}): Net {
  const net = new Net(voters, opts)
  net.add(newNode('j', null, opts))
  return net
}

const config = (net: Net, id: string): { voters: readonly string[], learners: readonly string[] } => net.get(id).node.status().configuration

describe('raft: bootstrap', () => {
  it('the initial configuration is entry 1 of term 1, committed on every static peer', () => {
    const a = newNode('a', ['c', 'a', 'b'])
    const e = a.storage.entries(1, 2)[0]
    assert.deepEqual([e.index, e.term, e.kind], [1, 1, EntryKind.CONFIGURATION])
    assert.deepEqual(decodeConfiguration(e.data), { voters: ['a', 'b', 'c'], learners: [] })
    const st = a.node.status()
    assert.deepEqual([st.term, st.commit, st.configurationIndex], [1, 1, 1])
    assert.deepEqual(st.configuration.voters, ['a', 'b', 'c'])
  })

  it('configuration entries encode deterministically', () => {
    assert.deepEqual(encodeConfiguration({ voters: ['b', 'a'], learners: ['c'] }), encodeConfiguration({ voters: ['a', 'b', 'a'], learners: ['c'] }))
    assert.throws(() => decodeConfiguration(new TextEncoder().encode('{"voters":3}')))
  })
})

describe('raft: membership changes (§4 of the thesis, consensus.md §4)', () => {
  it('only the leader changes membership', () => {
    const net = new Net(['a', 'b', 'c'])
    net.campaign('a')
    assert.throws(() => net.get('b').node.addPeer('j'), (err: unknown) => err instanceof NotLeaderError && err.leader === 'a')
  })

  it('a change takes effect when appended, and a second one is refused until it commits', () => {
    const net = withJoiner(['a', 'b', 'c'])
    net.campaign('a')
    net.isolate('a')
    const a = net.get('a')
    const p = a.node.addPeer('j')
    assert.deepEqual(config(net, 'a'), { voters: ['a', 'b', 'c'], learners: ['j'] })
    assert.equal(a.node.status().configurationIndex, p.index)
    assert.ok(a.node.commit < p.index)
    assert.throws(() => a.node.addPeer('k'), (err: unknown) => err instanceof MembershipChangeInProgressError && err.name === 'MembershipChangeInProgressError')
    assert.throws(() => a.node.removePeer('b'), MembershipChangeInProgressError)
  })

  it('adds a node as a learner, replicates to it, then promotes it to voter by itself', () => {
    const net = withJoiner(['a', 'b', 'c'])
    net.campaign('a')
    for (let i = 0; i < 5; i++) net.propose('a', `x${i}`)
    net.get('a').node.addPeer('j')
    net.stabilize()
    for (const id of ['a', 'b', 'c', 'j']) assert.deepEqual(config(net, id), { voters: ['a', 'b', 'c', 'j'], learners: [] }, id)
    const a = net.get('a').node.status()
    assert.equal(net.get('j').node.commit, a.commit)
    // two configuration entries: learner first, then voter
    const cfgs = net.get('a').applied.filter(e => e.kind === EntryKind.CONFIGURATION).map(e => decodeConfiguration(e.data))
    assert.deepEqual(cfgs.slice(-2), [{ voters: ['a', 'b', 'c'], learners: ['j'] }, { voters: ['a', 'b', 'c', 'j'], learners: [] }])
  })

  it('a learner does not count towards commit and never campaigns', () => {
    const net = withJoiner(['a', 'b', 'c'], { autoPromote: false })
    net.campaign('a')
    net.get('a').node.addPeer('j')
    net.stabilize()
    assert.equal(net.get('j').node.role, 'learner')
    net.isolate('b')
    net.isolate('c')
    net.propose('a', 'x')
    assert.equal(net.get('j').node.status().lastIndex, net.get('a').node.status().lastIndex, 'the learner has the entry')
    assert.ok(net.get('a').node.commit < net.get('a').node.status().lastIndex, 'but it is not committed')
    const j = net.get('j')
    for (let i = 0; i < 100; i++) j.node.tick()
    const out = drain(j)
    assert.equal(ofType(out, 'preVote').length + ofType(out, 'vote').length, 0)
  })

  it('promotes only once the learner is within maxAppendEntries of the leader', () => {
    const net = withJoiner(['a', 'b', 'c'], { maxAppendEntries: 2 })
    net.campaign('a')
    for (let i = 0; i < 10; i++) net.propose('a', `x${i}`)
    // the learner receives one append and nothing more for a while
    let delivered = 0
    net.filter = m => m.to !== 'j' || m.type !== 'append' || m.entries.length === 0 || delivered++ < 1
    net.get('a').node.addPeer('j')
    net.stabilize()
    assert.deepEqual(config(net, 'a').learners, ['j'], 'far behind: still a learner')
    net.filter = () => true
    net.tickAll(3)
    assert.deepEqual(config(net, 'a').voters, ['a', 'b', 'c', 'j'])
  })

  it('adding a member again or removing a non-member is a no-op returning the current configuration entry', () => {
    const net = new Net(['a', 'b', 'c'])
    net.campaign('a')
    const a = net.get('a').node
    assert.deepEqual(a.addPeer('b'), { index: 1, term: 1 })
    assert.deepEqual(a.removePeer('zz'), { index: 1, term: 1 })
    assert.equal(a.status().lastIndex, 2)
  })

  it('refuses to remove the last voter', () => {
    const a = newNode('a', ['a'])
    a.node.tick()
    drain(a)
    assert.throws(() => a.node.removePeer('a'), (err: unknown) =>
      err instanceof InvalidParametersError && err.message === 'cannot remove ourselves from a 1-peer cluster')
  })

  it('a removed follower learns its removal and stops campaigning', () => {
    const net = new Net(['a', 'b', 'c'])
    net.campaign('a')
    net.get('a').node.removePeer('c')
    net.stabilize()
    net.tickAll(1)
    assert.deepEqual(config(net, 'c').voters, ['a', 'b'], 'c holds the configuration that removed it')
    const c = net.get('c')
    net.isolate('c')
    for (let i = 0; i < 100; i++) c.node.tick()
    const out = drain(c)
    assert.equal(out.filter(m => m.type === 'preVote' || m.type === 'vote').length, 0)
    assert.equal(c.node.role, 'follower')
  })

  it('a leader removing itself commits the change, steps down and hands over with TimeoutNow', () => {
    const net = new Net(['a', 'b', 'c'])
    net.campaign('a')
    net.propose('a', 'x')
    net.get('a').node.removePeer('a')
    net.stabilize()
    const a = net.get('a')
    assert.equal(a.node.role, 'follower')
    assert.equal(ofType(net.log, 'timeoutNow').length, 1)
    const leaders = net.leaders()
    assert.equal(leaders.length, 1, 'a new leader without waiting for an election timeout')
    assert.notEqual(leaders[0].id, 'a')
    assert.deepEqual(leaders[0].node.status().configuration.voters, ['b', 'c'])
    for (let i = 0; i < 100; i++) a.node.tick()
    assert.equal(drain(a).filter(m => m.type === 'preVote' || m.type === 'vote').length, 0, 'the removed leader never campaigns')
  })

  it('while a leader leaves it counts only the remaining voters and refuses proposals', () => {
    const net = new Net(['a', 'b', 'c'])
    net.campaign('a')
    net.isolate('a')
    const a = net.get('a').node
    a.removePeer('a')
    assert.throws(() => a.propose(new Uint8Array([1])), NotLeaderError)
    assert.equal(a.role, 'leader')
  })

  it('a configuration reverts when the entry that carried it is truncated', () => {
    const b = newNode('b', ['a', 'b', 'c'])
    const noop = (index: number, term: number) => ({ index, term, kind: EntryKind.NOOP, data: new Uint8Array() })
    const change = { index: 3, term: 2, kind: EntryKind.CONFIGURATION, data: encodeConfiguration({ voters: ['a', 'b', 'c'], learners: ['j'] }) }
    b.node.step({ type: 'append', from: 'a', to: 'b', term: 2, prevIndex: 1, prevTerm: 1, entries: [noop(2, 2), change], commit: 2 })
    assert.deepEqual(b.node.status().configuration.learners, ['j'], 'in effect as soon as appended')
    assert.equal(b.node.status().configurationIndex, 3)
    // a new leader that never had the change overwrites index 3
    b.node.step({ type: 'append', from: 'c', to: 'b', term: 3, prevIndex: 2, prevTerm: 2, entries: [noop(3, 3)], commit: 2 })
    assert.deepEqual(b.node.status().configuration, { voters: ['a', 'b', 'c'], learners: [] })
    assert.equal(b.node.status().configurationIndex, 1)
  })

  it('a voter whose removal is not committed still campaigns, so the others can elect a leader (thesis §4.2.2)', () => {
    const net = new Net(['a', 'b'], { random: () => 0.5 })
    net.campaign('b')
    net.isolate('b')
    net.get('b').node.removePeer('b') // appended only on b: b's log is now longer than a's
    net.tickAll(20) // b loses its lease and steps down; a cannot win without b's vote
    assert.equal(net.leaders().length, 0)
    net.heal()
    net.tickAll(60)
    const leaders = net.leaders()
    assert.equal(leaders.length, 1)
    assert.equal(leaders[0].id, 'a')
    assert.deepEqual(leaders[0].node.status().configuration.voters, ['a'])
    assert.ok(leaders[0].node.commit >= leaders[0].node.status().configurationIndex)
  })
})
