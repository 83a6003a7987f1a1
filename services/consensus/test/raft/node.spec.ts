import assert from 'node:assert/strict'
import {
  InvalidParametersError, LogCompactedError, LogUnavailableError, MembershipChangeInProgressError, MemoryStorage,
  NotLeaderError, RaftError, RaftNode, RaftUsageError, ticksFromDurations, type Entry
} from '../../src/raft/index.js'
import { Net, TEST_OPTIONS, bytes, commands, drain, newNode, ofType, processReady, restart } from './helpers.js'

describe('raft: the ready()/advance() contract', () => {
  it('refuses ready() twice and advance() without ready()', () => {
    const a = newNode('a', ['a', 'b', 'c'])
    assert.throws(() => a.node.advance(), RaftUsageError)
    a.node.campaign()
    assert.equal(a.node.hasReady(), true)
    a.node.ready()
    assert.equal(a.node.hasReady(), false, 'nothing while a Ready is outstanding')
    assert.throws(() => a.node.ready(), (err: unknown) => err instanceof RaftUsageError && err.name === 'RaftUsageError')
  })

  it('a Ready that changes term or vote holds back every message until persisted', () => {
    const net = new Net(['a'], { autoPromote: false })
    net.add(newNode('j', null))
    const a = net.get('a')
    a.node.tick() // leader at once
    processReady(a)
    a.node.addPeer('j')
    net.stabilize()
    // restart: the next election happens in a Ready together with the leader's first appends
    const r = restart(a)
    net.add(r)
    r.node.tick()
    assert.equal(r.node.role, 'leader')
    const rd = r.node.ready()
    assert.ok(rd.hardState !== undefined && rd.hardState.term === 3)
    assert.deepEqual(rd.messages, [])
    assert.ok(ofType([...rd.messagesAfterPersist], 'append').length > 0)
  })

  it('a leader\'s appends may leave before its own fsync', () => {
    const net = new Net(['a', 'b', 'c'])
    net.campaign('a')
    const a = net.get('a')
    a.node.propose(bytes('x'))
    const rd = a.node.ready()
    assert.equal(rd.mustSync, true)
    assert.equal(ofType([...rd.messages], 'append').length, 2)
    assert.deepEqual(rd.messagesAfterPersist, [])
  })

  it('only a commit change needs no fsync', () => {
    const net = new Net(['a', 'b', 'c'])
    net.campaign('a')
    const b = net.get('b')
    net.isolate('b')
    net.propose('a', 'x')
    net.heal()
    const a = net.get('a')
    a.node.tick()
    const hb = ofType(drain(a), 'heartbeat').find(m => m.to === 'b')!
    // the entry reached b earlier (deliver it by hand), then the heartbeat brings the commit
    b.node.step({ type: 'append', from: 'a', to: 'b', term: 2, prevIndex: 2, prevTerm: 2, entries: a.storage.entries(3, 4), commit: 2 })
    drain(b)
    b.node.step({ ...hb, commit: 3 })
    const rd = b.node.ready()
    assert.deepEqual(rd.hardState, { term: 2, vote: 'a', commit: 3 })
    assert.equal(rd.mustSync, false)
  })

  it('steps taken while a Ready is being persisted land in the next Ready', () => {
    const net = new Net(['a', 'b', 'c'])
    net.campaign('a')
    const a = net.get('a')
    a.node.propose(bytes('x1'))
    const rd1 = a.node.ready()
    for (const m of rd1.messages) net.deliver(m)
    a.node.propose(bytes('x2')) // while the fsync of x1 runs
    a.storage.append(rd1.entries)
    a.applied.push(...rd1.committedEntries)
    a.node.advance()
    const rd2 = a.node.ready()
    for (const m of rd2.messages) net.deliver(m)
    assert.deepEqual(rd2.entries.map(e => e.index), [4])
    a.storage.append(rd2.entries)
    a.applied.push(...rd2.committedEntries)
    a.node.advance()
    net.stabilize()
    assert.deepEqual(commands(a), ['x1', 'x2'])
  })

  it('a tail truncated while being persisted is not marked stable, and the next Ready rewrites it', () => {
    const b = newNode('b', ['a', 'b', 'c'])
    const e = (index: number, term: number): Entry => ({ index, term, kind: 'COMMAND', data: bytes(`${index}/${term}`) })
    b.node.step({ type: 'append', from: 'a', to: 'b', term: 2, prevIndex: 1, prevTerm: 1, entries: [e(2, 2), e(3, 2)], commit: 1 })
    const rd1 = b.node.ready()
    b.node.step({ type: 'append', from: 'c', to: 'b', term: 3, prevIndex: 2, prevTerm: 2, entries: [e(3, 3)], commit: 1 })
    b.storage.append(rd1.entries)
    if (rd1.hardState !== undefined) b.storage.setHardState(rd1.hardState)
    b.node.advance()
    const rd2 = b.node.ready()
    assert.deepEqual(rd2.entries.map(x => [x.index, x.term]), [[3, 3]])
    b.storage.append(rd2.entries)
    b.node.advance()
    assert.equal(b.storage.term(3), 3)
  })

  it('reports role and leader changes as softState', () => {
    const net = new Net(['a', 'b', 'c'])
    net.campaign('a')
    const soft = net.get('a').readies.map(r => r.softState).filter(s => s !== undefined)
    assert.deepEqual(soft.at(-1), { leader: 'a', role: 'leader' })
  })

  it('hands out at most maxApplyEntries committed entries per Ready, in order', () => {
    const net = new Net(['a', 'b', 'c'], { maxApplyEntries: 2 })
    net.campaign('a')
    for (let i = 0; i < 7; i++) net.get('a').node.propose(bytes(`x${i}`))
    net.stabilize()
    const a = net.get('a')
    assert.ok(a.readies.every(r => r.committedEntries.length <= 2))
    assert.deepEqual(commands(a), ['x0', 'x1', 'x2', 'x3', 'x4', 'x5', 'x6'])
  })

  it('ignores messages addressed to another node', () => {
    const b = newNode('b', ['a', 'b', 'c'])
    b.node.step({ type: 'heartbeat', from: 'a', to: 'c', term: 9, commit: 1, readSeq: 0 })
    assert.equal(b.node.term, 1)
  })

  it('restarts with its durable term, vote and commit, and re-applies committed entries', () => {
    const net = new Net(['a', 'b', 'c'])
    net.campaign('a')
    net.propose('a', 'x')
    const b = restart(net.get('b'))
    const st = b.node.status()
    assert.deepEqual([st.term, st.vote, st.commit, st.applied, st.lastIndex], [2, 'a', 3, 0, 3])
    drain(b)
    assert.deepEqual(commands(b), ['x'])
  })

  it('a leader whose storage cannot read old entries right now retries later', () => {
    const net = new Net(['a', 'b', 'c'])
    net.campaign('a')
    net.isolate('c')
    for (let i = 0; i < 5; i++) net.propose('a', `x${i}`)
    const a = net.get('a')
    const real = a.storage.entries.bind(a.storage)
    let cold = true
    a.storage.entries = (lo, hi, max) => {
      if (cold && lo < 5) throw new LogUnavailableError()
      return real(lo, hi, max)
    }
    net.heal()
    net.tickAll(2)
    assert.deepEqual(commands(net.get('c')), [], 'nothing readable yet')
    cold = false
    net.tickAll(2)
    assert.deepEqual(commands(net.get('c')), ['x0', 'x1', 'x2', 'x3', 'x4'])
  })
})

describe('raft: memory storage', () => {
  it('keeps the term of the compaction point and refuses compacted or missing indexes', () => {
    const s = new MemoryStorage()
    s.bootstrap(['a'])
    s.append([2, 3, 4].map(i => ({ index: i, term: 2, kind: 'NOOP' as const, data: new Uint8Array() })))
    s.createSnapshot({ index: 3, term: 2, configuration: { voters: ['a'], learners: [] }, configurationIndex: 1 })
    s.compact(3)
    assert.deepEqual([s.firstIndex(), s.lastIndex(), s.term(3)], [4, 4, 2])
    assert.throws(() => s.term(2), LogCompactedError)
    assert.throws(() => s.term(5), LogUnavailableError)
    assert.throws(() => s.entries(3, 5), LogCompactedError)
    assert.throws(() => s.entries(4, 6), LogUnavailableError)
    assert.deepEqual(s.entries(4, 5).map(e => e.index), [4])
  })

  it('replaces a suffix on append and refuses gaps', () => {
    const s = new MemoryStorage()
    const e = (index: number, term: number): Entry => ({ index, term, kind: 'NOOP', data: new Uint8Array() })
    s.append([e(1, 1), e(2, 1), e(3, 1)])
    s.append([e(2, 2)])
    assert.deepEqual([s.lastIndex(), s.term(2)], [2, 2])
    assert.throws(() => s.append([e(5, 2)]))
  })
})

describe('raft: options and errors', () => {
  it('maps the config.md durations to ticks (100 ms tick: 10 / 10 / 1 / 5)', () => {
    assert.deepEqual(ticksFromDurations({ heartbeatTimeoutMs: 1000, electionTimeoutMs: 1000, leaderLeaseTimeoutMs: 500 }, 100),
      { electionTicks: 10, candidateTicks: 10, heartbeatTicks: 1, leaseTicks: 5 })
  })

  it('validates options', () => {
    const storage = new MemoryStorage()
    assert.throws(() => new RaftNode({ ...TEST_OPTIONS, id: 'a', storage, heartbeatTicks: 10 }), InvalidParametersError)
    assert.throws(() => new RaftNode({ ...TEST_OPTIONS, id: 'a', storage, leaseTicks: 11 }), InvalidParametersError)
    assert.throws(() => new RaftNode({ ...TEST_OPTIONS, id: '', storage }), InvalidParametersError)
  })

  it('every error class has its own name', () => {
    for (const cls of [NotLeaderError, MembershipChangeInProgressError, InvalidParametersError, LogCompactedError, LogUnavailableError, RaftUsageError]) {
      const err = new cls('x')
      assert.equal(err.name, cls.name)
      assert.ok(err instanceof RaftError)
    }
    assert.equal(new NotLeaderError(undefined, 'b').leader, 'b')
    assert.equal(new NotLeaderError().message, 'not the leader')
  })
})
