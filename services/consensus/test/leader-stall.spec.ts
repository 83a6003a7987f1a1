import assert from 'node:assert/strict'
import { setTimeout as pause } from 'node:timers/promises'
import { ConsensusCluster } from './support/cluster.js'
import { testPin } from './support/nodes.js'

/*
 * A leader whose process stalls (SIGSTOP here; a starved CPU or a long fsync
 * in production) owes ticks when it resumes. Judging its lease on them made
 * it step down though nobody had missed it, and under load that meant an
 * election every second or so. Timers: ticks of 500 ms, a lease of 4 ticks
 * (2 s), followers campaign after 5 to 10 s without contact; the 3 s stall
 * is longer than the lease and shorter than any follower's timeout.
 */
const RAFT = { heartbeat_timeout: '5s', election_timeout: '5s', leader_lease_timeout: '2s' }
const STALL_MS = 3000

describe('consensus processes: a leader stalled longer than its lease', function () {
  this.timeout(180_000)
  let cluster: ConsensusCluster

  before(async () => {
    cluster = await ConsensusCluster.create(3, RAFT)
    await cluster.start()
  })

  after(async () => { await cluster?.close() })

  it('stays leader in the same term and commits, since its followers never timed out', async () => {
    const leader = await cluster.leader(cluster.nodes, 60_000)
    const before = await cluster.consensus(leader).Status({})
    const pid = leader.consensus?.pid as number
    process.kill(pid, 'SIGSTOP')
    try {
      // the stall is the scenario itself, not a wait for a condition
      await pause(STALL_MS)
    } finally {
      process.kill(pid, 'SIGCONT')
    }
    await cluster.consensus(leader).LogPin({ pin: testPin('after the stall') }, { timeout: 60_000 })
    const after = await cluster.consensus(leader).Status({})
    assert.equal(after.role, 'RAFT_ROLE_LEADER')
    assert.equal(after.term, before.term, 'no election happened')
  })
})
