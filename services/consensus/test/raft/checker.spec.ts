import assert from 'node:assert/strict'
import { EntryKind, type Entry, type Role } from '../../src/raft/index.js'
import { InvariantChecker, InvariantViolation, type NodeView } from './sim/invariants.js'
import { ScheduleFailure } from './sim/schedule.js'
import { StateMachine, chainHash, contentKey } from './sim/state-machine.js'

const cmd = (index: number, term: number, id: string): Entry => ({ index, term, kind: EntryKind.COMMAND, data: new TextEncoder().encode(id) })

/** A hand-made node: role, term, commit and log terms set by the test. */
function view (id: string, role: Role, term: number, log: number[], commit = 0, incarnation = 1): NodeView {
  return {
    id, incarnation, role, term, commit,
    durableTerm: () => term,
    firstIndex: () => 1,
    termAt: i => log[i - 1] ?? null
  }
}

const violates = (fn: () => void, what: RegExp): void => {
  assert.throws(fn, (err: unknown) => err instanceof InvariantViolation && what.test(err.message))
}

/** Apply `entries` on `node` through a state machine, as the simulator does. */
function applyAll (c: InvariantChecker, node: string, entries: Entry[], sm = new StateMachine()): StateMachine {
  for (const e of entries) {
    sm.apply(e)
    c.onApply(node, e, sm.chain)
  }
  return sm
}

describe('raft simulator: invariant checker self-tests', () => {
  it('accepts a correct sequential history', () => {
    const c = new InvariantChecker()
    const log = [cmd(1, 1, 'a'), cmd(2, 1, 'b'), cmd(3, 2, 'c')]
    c.observe(view('n1', 'leader', 1, [1, 1]))
    for (const n of ['n1', 'n2', 'n3']) c.onPersist(n, log, i => log[i - 1]?.term ?? null)
    c.observe(view('n1', 'leader', 1, [1, 1], 2))
    c.observe(view('n2', 'leader', 2, [1, 1, 2], 2))
    c.observe(view('n2', 'leader', 2, [1, 1, 2], 3))
    const states = ['n1', 'n2', 'n3'].map(n => ({ n, sm: applyAll(c, n, log) }))
    c.onAck('a', 1)
    c.onReadInvoked('r')
    c.onReadState('r', 3)
    c.onHardState('n1', { term: 2, vote: null, commit: 3 })
    c.onRestart('n1', 0, 3)
    c.checkFinal(states.map(({ n, sm }) => ({ id: n, ids: sm.ids, chain: sm.chain, index: sm.index })))
  })

  it('Election Safety: two leaders in one term', () => {
    const c = new InvariantChecker()
    c.observe(view('n1', 'leader', 3, []))
    violates(() => c.observe(view('n2', 'leader', 3, [])), /Election Safety/)
  })

  it('a leadership whose term is not durable does not count (it cannot have acted yet)', () => {
    const c = new InvariantChecker()
    c.observe({ ...view('n1', 'leader', 3, []), durableTerm: () => 2 })
    c.observe(view('n2', 'leader', 3, []))
  })

  it('Log Matching: different content at the same index and term', () => {
    const c = new InvariantChecker()
    c.onPersist('n1', [cmd(2, 2, 'x')], () => 1)
    violates(() => c.onPersist('n2', [cmd(2, 2, 'y')], () => 1), /Log Matching/)
  })

  it('Log Matching: the same entry after different predecessors', () => {
    const c = new InvariantChecker()
    c.onPersist('n1', [cmd(3, 2, 'x')], () => 1)
    violates(() => c.onPersist('n2', [cmd(3, 2, 'x')], () => 2), /Log Matching/)
  })

  it('Leader Completeness: a new leader misses a committed entry', () => {
    const c = new InvariantChecker()
    c.observe(view('n1', 'leader', 2, [1, 2], 0))
    c.observe(view('n1', 'leader', 2, [1, 2], 2)) // commits index 2 of term 2
    violates(() => c.observe(view('n2', 'leader', 3, [1, 1])), /Leader Completeness/)
  })

  it('Leader Completeness: a later-term leader lacks an entry an older leader commits afterwards', () => {
    const c = new InvariantChecker()
    c.observe(view('n2', 'leader', 4, [1, 1]))
    c.observe(view('n1', 'leader', 3, [1, 3], 0))
    violates(() => c.observe(view('n1', 'leader', 3, [1, 3], 2)), /Leader Completeness/)
  })

  it('State-Machine Safety: different entries applied at one index', () => {
    const c = new InvariantChecker()
    applyAll(c, 'n1', [cmd(1, 1, 'a')])
    violates(() => applyAll(c, 'n2', [cmd(1, 1, 'b')]), /State-Machine Safety/)
  })

  it('State-Machine Safety: a snapshot whose state differs from what was applied', () => {
    const c = new InvariantChecker()
    applyAll(c, 'n1', [cmd(1, 1, 'a')])
    violates(() => c.onSnapshotInstall('n2', 1, chainHash(0, 1, 'other')), /State-Machine Safety/)
  })

  it('applies must be contiguous', () => {
    const c = new InvariantChecker()
    applyAll(c, 'n1', [cmd(1, 1, 'a')])
    violates(() => applyAll(c, 'n1', [cmd(3, 1, 'c')]), /contiguous/)
    const d = new InvariantChecker()
    d.onRestart('n1', 5, 5)
    violates(() => applyAll(d, 'n1', [cmd(1, 1, 'a')]), /contiguous/)
  })

  it('the commit index never goes back: live, durable, and across a restart', () => {
    const c = new InvariantChecker()
    c.observe(view('n1', 'follower', 1, [], 5))
    violates(() => c.observe(view('n1', 'follower', 1, [], 4)), /went back/)
    c.onHardState('n2', { term: 1, vote: null, commit: 5 })
    violates(() => c.onHardState('n2', { term: 1, vote: null, commit: 3 }), /went back/)
    violates(() => c.onRestart('n2', 0, 2), /below its durable commit/)
  })

  it('a lost acknowledged write fails the final check', () => {
    const c = new InvariantChecker()
    const sm = applyAll(c, 'n1', [cmd(1, 1, 'a')])
    c.onAck('a', 1)
    c.onAck('b', 2) // acknowledged but never applied anywhere
    violates(() => c.checkFinal([{ id: 'n1', ids: sm.ids, chain: sm.chain, index: sm.index }]), /lost write: b/)
  })

  it('nodes that did not converge fail the final check', () => {
    const c = new InvariantChecker()
    const sm1 = applyAll(c, 'n1', [cmd(1, 1, 'a'), cmd(2, 1, 'b')])
    const sm2 = applyAll(c, 'n2', [cmd(1, 1, 'a')])
    violates(() => c.checkFinal([sm1, sm2].map((sm, i) => ({ id: `n${i + 1}`, ids: sm.ids, chain: sm.chain, index: sm.index }))), /liveness/)
  })

  it('a stale read after an acknowledged write fails', () => {
    const c = new InvariantChecker()
    c.onAck('w', 10)
    c.onReadInvoked('r')
    violates(() => c.onReadState('r', 9), /stale read/)
  })

  it('a failing schedule names its seed and how to replay it', () => {
    const err = new ScheduleFailure(42, new InvariantViolation('Election Safety: boom'), '[1] n1 crashed')
    assert.match(err.message, /seed 42: Election Safety: boom/)
    assert.match(err.message, /RAFT_SIM_SEED=42 npx mocha/)
    assert.match(err.message, /\[1\] n1 crashed/)
  })

  it('content keys and chains tell entries apart', () => {
    assert.notEqual(contentKey(cmd(1, 1, 'a')), contentKey({ ...cmd(1, 1, 'a'), kind: EntryKind.BARRIER }))
    assert.notEqual(chainHash(0, 1, 'a'), chainHash(0, 2, 'a'))
  })
})
