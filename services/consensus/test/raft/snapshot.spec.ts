import assert from 'node:assert/strict'
import { InvalidParametersError, type SnapshotMessage } from '../../src/raft/index.js'
import { Net, commands, drain, newNode, ofType, restart, storageWithTerms, type TestNode } from './helpers.js'

/** What the shell does on a snapshot timer: snapshot the applied state, keep `trailing` entries. */
function compact (t: TestNode, trailing = 0): number {
  const applied = t.node.status().applied
  t.storage.createSnapshot(t.node.snapshotMeta(applied))
  t.storage.compact(applied - trailing)
  return applied
}

/** a leads a, b, c; c was cut off while 5 entries were committed and compacted away. */
function laggingFollower (): Net {
  const net = new Net(['a', 'b', 'c'])
  net.campaign('a')
  net.isolate('c')
  for (let i = 0; i < 5; i++) net.propose('a', `x${i}`)
  compact(net.get('a'))
  return net
}

describe('raft: snapshots (InstallSnapshot)', () => {
  it('the leader sends its snapshot to a follower that needs compacted entries, and waits', () => {
    const net = laggingFollower()
    net.heal()
    net.filter = m => m.type !== 'snapshot'
    net.tickAll(1)
    const snaps = ofType(net.log, 'snapshot')
    assert.equal(snaps.length, 0, 'dropped by the filter')
    const a = net.get('a')
    const sent = ofType(a.readies.flatMap(r => [...r.messages]), 'snapshot')
    assert.equal(sent.length, 1)
    assert.deepEqual([sent[0].to, sent[0].snapshot.index, sent[0].snapshot.term, sent[0].snapshot.configuration.voters], ['c', 7, 2, ['a', 'b', 'c']])
    assert.equal(a.node.status().progress?.c.state, 'snapshot')
    const seen = a.readies.length
    net.propose('a', 'more')
    net.tickAll(3)
    const later = a.readies.slice(seen).flatMap(r => [...r.messages])
    assert.equal(ofType(later, 'append').filter(m => m.to === 'c').length, 0, 'no appends while the snapshot is in flight')
    assert.ok(ofType(later, 'heartbeat').some(m => m.to === 'c'), 'heartbeats go on')
  })

  it('a follower installs the snapshot: log reset to it, commit at its index, then catches up by appends', () => {
    const net = laggingFollower()
    const a = net.get('a')
    const c = net.get('c')
    net.heal()
    net.filter = m => m.type !== 'snapshot'
    net.tickAll(1)
    const snap = ofType(a.readies.flatMap(r => [...r.messages]), 'snapshot')[0]
    net.filter = () => true
    c.node.step(snap)
    const rd = c.node.ready()
    assert.deepEqual(rd.snapshot, snap.snapshot)
    assert.deepEqual(rd.entries, [])
    assert.deepEqual(rd.messages, [])
    assert.deepEqual(rd.messagesAfterPersist.map(m => [m.type, (m as { index: number }).index]), [['appendResponse', 7]])
    c.storage.applySnapshot(rd.snapshot!)
    if (rd.hardState !== undefined) c.storage.setHardState(rd.hardState)
    c.node.advance()
    const st = c.node.status()
    assert.deepEqual([st.firstIndex, st.lastIndex, st.commit, st.applied, st.snapshotIndex], [8, 7, 7, 7, 7])
    for (const m of rd.messagesAfterPersist) net.deliver(m)
    a.node.reportSnapshot('c', true)
    net.propose('a', 'after')
    net.tickAll(1)
    assert.deepEqual(commands(c), ['after'], 'entries after the snapshot arrive by appends')
    assert.equal(c.node.status().lastIndex, a.node.status().lastIndex)
  })

  it('a failed transfer (reportSnapshot false) is retried', () => {
    const net = laggingFollower()
    const a = net.get('a')
    net.heal()
    let dropped = 0
    net.filter = m => m.type !== 'snapshot' || dropped++ > 0
    net.tickAll(1)
    a.node.reportSnapshot('c', false)
    net.tickAll(3)
    assert.equal(ofType(net.log, 'snapshot').length, 1, 'sent again and delivered')
  })

  it('ignores a snapshot that is not newer than its commit index', () => {
    const net = new Net(['a', 'b', 'c'])
    net.campaign('a')
    net.propose('a', 'x')
    const b = net.get('b')
    const stale: SnapshotMessage = {
      type: 'snapshot', from: 'a', to: 'b', term: 2,
      snapshot: { index: 2, term: 2, configuration: { voters: ['a', 'b', 'c'], learners: [] }, configurationIndex: 1 }
    }
    b.node.step(stale)
    const rd = b.node.ready()
    assert.equal(rd.snapshot, undefined)
    assert.equal(b.node.status().lastIndex, 3, 'log kept')
  })

  it('a snapshot matching an entry we hold only moves the commit index', () => {
    const b = newNode('b', ['a', 'b', 'c'])
    b.node.step({ type: 'append', from: 'a', to: 'b', term: 2, prevIndex: 1, prevTerm: 1, entries: [{ index: 2, term: 2, kind: 'NOOP', data: new Uint8Array() }, { index: 3, term: 2, kind: 'NOOP', data: new Uint8Array() }], commit: 1 })
    drain(b)
    b.node.step({ type: 'snapshot', from: 'a', to: 'b', term: 2, snapshot: { index: 2, term: 2, configuration: { voters: ['a', 'b', 'c'], learners: [] }, configurationIndex: 1 } })
    const rd = b.node.ready()
    assert.equal(rd.snapshot, undefined)
    assert.equal(b.node.commit, 2)
    assert.equal(b.node.status().lastIndex, 3)
  })

  it('a snapshot at an index we hold with another term replaces the log', () => {
    const b = newNode('b', null, {}, storageWithTerms(['a', 'b', 'c'], [2, 2], 2))
    drain(b)
    b.node.step({ type: 'snapshot', from: 'a', to: 'b', term: 4, snapshot: { index: 3, term: 3, configuration: { voters: ['a', 'b', 'c'], learners: [] }, configurationIndex: 1 } })
    const rd = b.node.ready()
    assert.equal(rd.snapshot?.index, 3)
    const st = b.node.status()
    assert.deepEqual([st.firstIndex, st.lastIndex, st.commit], [4, 3, 3])
    assert.equal(b.node.termAt(3), 3)
  })

  it('snapshotMeta names the term and the configuration in effect at the index', () => {
    const net = new Net(['a', 'b', 'c'])
    net.add(newNode('j', null))
    net.campaign('a')
    net.propose('a', 'x')
    const a = net.get('a')
    const before = a.node.snapshotMeta(3)
    assert.deepEqual(before, { index: 3, term: 2, configuration: { voters: ['a', 'b', 'c'], learners: [] }, configurationIndex: 1 })
    a.node.addPeer('j')
    net.stabilize()
    const st = a.node.status()
    const after = a.node.snapshotMeta(st.applied)
    assert.deepEqual(after.configuration.voters, ['a', 'b', 'c', 'j'])
    assert.equal(after.configurationIndex, st.configurationIndex)
    assert.throws(() => a.node.snapshotMeta(st.applied + 1), InvalidParametersError)
  })

  it('restarts from snapshot + trailing log: applies from the snapshot on, configuration from the snapshot', () => {
    const net = new Net(['a', 'b', 'c'])
    net.campaign('a')
    for (let i = 0; i < 6; i++) net.propose('a', `x${i}`)
    const b = net.get('b')
    compact(b, 2)
    const snapIndex = b.storage.snapshot().index
    const r = restart(b)
    const st = r.node.status()
    assert.deepEqual([st.snapshotIndex, st.applied, st.firstIndex], [snapIndex, snapIndex, snapIndex - 1])
    assert.deepEqual(st.configuration.voters, ['a', 'b', 'c'])
    drain(r)
    assert.deepEqual(r.applied, [], 'everything up to the snapshot is in the snapshot')
  })
})
