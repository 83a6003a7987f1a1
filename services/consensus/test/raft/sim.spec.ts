import assert from 'node:assert/strict'
import { runSchedule } from './sim/schedule.js'

/**
 * Seeded simulation: RAFT_SIM_SCHEDULES schedules (default 500) with seeds
 * base..base+n-1 (RAFT_SIM_BASE_SEED, default 1), or only RAFT_SIM_SEED.
 * A failure names its seed and the command that replays it.
 */
describe('raft simulation', function () {
  this.timeout(0)

  const only = process.env.RAFT_SIM_SEED
  const count = Number(process.env.RAFT_SIM_SCHEDULES ?? 500)
  const base = Number(process.env.RAFT_SIM_BASE_SEED ?? 1)
  const seeds = only !== undefined ? [Number(only)] : Array.from({ length: count }, (_, i) => base + i)

  it('replays a seed exactly', () => {
    const a = runSchedule(7)
    const b = runSchedule(7)
    assert.deepEqual(a, b)
  })

  it(`keeps every invariant and converges over ${seeds.length} schedule(s)`, () => {
    let acked = 0
    let elections = 0
    for (const seed of seeds) {
      const r = runSchedule(seed)
      acked += r.acked
      elections += r.stats.elections
    }
    // the schedules must exercise something
    assert.ok(seeds.length < 10 || (acked > seeds.length && elections > seeds.length), `only ${acked} writes and ${elections} elections`)
  })
})
