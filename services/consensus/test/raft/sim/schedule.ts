import { SIM_CORE, SimCluster } from './cluster.js'
import { InvariantViolation } from './invariants.js'
import { Prng } from './prng.js'
import type { SimNode } from './sim-node.js'

/** The fault mix of one schedule, drawn from its seed. */
export interface ScheduleParams {
  size: number
  rounds: number
  dropRate: number
  dupRate: number
  maxDelay: number
  tickChance: number
  propose: number
  read: number
  crash: number
  restart: number
  partition: number
  heal: number
  add: number
  remove: number
  compact: number
  /** SIGSTOP a node (often the leader) for a while. */
  pause: number
  /** Crash a node and bring it back within a few rounds. */
  quickCrash: number
  maxAppendEntries: number
  maxInflight: number
  preVote: boolean
  maxPersistDelay: number
  /** Share of crashes aimed at the leader. */
  leaderCrashes: number
}

export interface ScheduleResult {
  readonly seed: number
  readonly params: ScheduleParams
  readonly acked: number
  readonly finalIndex: number
  readonly quiesceRounds: number
  readonly stats: SimCluster['stats'] & { elections: number }
}

/** Rounds allowed after the final heal for every live member to converge. */
const QUIESCE_LIMIT = 3000

/** A schedule broke an invariant or did not converge; carries the seed and the recent trace. */
export class ScheduleFailure extends Error {
  constructor (readonly seed: number, cause: Error, trace: string) {
    super(`raft simulation failed for seed ${seed}: ${cause.message}\n` +
      `replay: (cd services/consensus && RAFT_SIM_SEED=${seed} npx mocha 'dist/test/raft/**/*.spec.js')\n` +
      // a crash of the core or the simulator itself: where it happened matters more than the trace
      (cause instanceof InvariantViolation ? '' : `${cause.stack ?? ''}\n`) +
      `last events:\n${trace}`, { cause })
    this.name = 'ScheduleFailure'
  }
}

export function drawParams (rng: Prng): ScheduleParams {
  return {
    size: rng.pick([1, 2, 3, 3, 3, 4, 5, 5]),
    rounds: rng.between(200, 500),
    dropRate: rng.pick([0, 0.02, 0.05, 0.1, 0.2]),
    dupRate: rng.pick([0, 0.02, 0.1]),
    maxDelay: rng.pick([0, 1, 2, 4]),
    tickChance: rng.pick([1, 0.9, 0.7]),
    propose: rng.pick([0.05, 0.2, 0.5]),
    read: rng.pick([0, 0.03, 0.1]),
    crash: rng.pick([0, 0.003, 0.01, 0.02]),
    restart: rng.pick([0.02, 0.1]),
    partition: rng.pick([0, 0.005, 0.02]),
    heal: rng.pick([0.01, 0.05]),
    add: rng.pick([0, 0.005, 0.015]),
    remove: rng.pick([0, 0.003, 0.01]),
    compact: rng.pick([0, 0.01, 0.05]),
    pause: rng.pick([0, 0.005, 0.02]),
    quickCrash: rng.pick([0, 0.005, 0.02]),
    maxAppendEntries: rng.pick([1, 2, 4, 8]),
    maxInflight: rng.pick([1, 2, 4, 8]),
    preVote: rng.chance(0.75),
    maxPersistDelay: rng.pick([0, 1, 2, 4]),
    leaderCrashes: rng.pick([0, 0.5, 0.9])
  }
}

function perturbNetwork (c: SimCluster, rng: Prng): void {
  const ids = [...c.nodes.keys()]
  if (ids.length < 2) return
  switch (rng.int(3)) {
    case 0: { // symmetric split
      const shuffled = [...ids].sort(() => rng.next() - 0.5)
      const k = rng.between(1, shuffled.length - 1)
      c.net.partition([shuffled.slice(0, k), shuffled.slice(k)])
      c.trace(`partition ${shuffled.slice(0, k).join(',')} | ${shuffled.slice(k).join(',')}`)
      break
    }
    case 1: { // one node isolated (often the leader)
      const leader = c.leaders()[0]
      const victim = leader !== undefined && rng.chance(0.6) ? leader.id : rng.pick(ids)
      c.net.partition([[victim], ids.filter(i => i !== victim)])
      c.trace(`isolate ${victim}`)
      break
    }
    default: { // one-way cut
      const a = rng.pick(ids)
      const b = rng.pick(ids.filter(i => i !== a))
      c.net.cutLink(a, b)
      c.trace(`cut ${a}>${b}`)
    }
  }
}

function converged (c: SimCluster): boolean {
  const leaders = c.leaders()
  if (leaders.length !== 1) return false
  const st = leaders[0].live().status()
  if (st.configuration.learners.length > 0 || st.commit !== st.lastIndex) return false
  for (const id of [...st.configuration.voters, ...st.configuration.learners]) {
    const n = c.nodes.get(id)
    if (n?.alive !== true || n.sm.index !== st.lastIndex) return false
  }
  return true
}

/** Run one seeded schedule: random faults and load, then heal, quiesce and check liveness. Throws ScheduleFailure. */
export function runSchedule (seed: number, override: Partial<ScheduleParams> = {}): ScheduleResult {
  const rng = new Prng(seed)
  const p = { ...drawParams(rng), ...override }
  const c = new SimCluster(rng.fork(), p.size, { dropRate: p.dropRate, dupRate: p.dupRate, maxDelay: p.maxDelay },
    { ...SIM_CORE, maxAppendEntries: p.maxAppendEntries, maxInflight: p.maxInflight, preVote: p.preVote })
  c.maxPersistDelay = p.maxPersistDelay
  const ev = rng.fork()
  try {
    for (let i = 0; i < p.rounds; i++) {
      c.round(p.tickChance)
      if (ev.chance(p.propose)) c.propose()
      if (ev.chance(p.read)) c.read()
      if (ev.chance(p.crash)) {
        const live = c.alive()
        const leader = c.leaders()[0]
        if (live.length > 0) c.crash(leader !== undefined && ev.chance(p.leaderCrashes) ? leader : ev.pick(live))
      }
      for (const n of c.nodes.values()) {
        if (!n.alive && (n.restartAt <= c.now || ev.chance(p.restart))) c.restart(n)
        // a process just woke up from SIGSTOP: clients that waited hit it first
        if (n.alive && n.pausedUntil === c.now && ev.chance(0.7)) c.read(n)
      }
      if (ev.chance(p.quickCrash)) {
        const live = c.alive()
        const leader = c.leaders()[0]
        if (live.length > 0) {
          const n = leader !== undefined && ev.chance(p.leaderCrashes) ? leader : ev.pick(live)
          c.crash(n)
          n.restartAt = c.now + ev.int(4)
        }
      }
      if (ev.chance(p.pause)) {
        const leader = c.leaders()[0]
        const live = c.alive()
        if (live.length > 0) c.pause(leader !== undefined && ev.chance(0.6) ? leader : ev.pick(live), ev.between(5, 40))
      }
      if (ev.chance(p.partition)) perturbNetwork(c, ev)
      if (c.net.hasCuts && ev.chance(p.heal)) {
        c.net.heal()
        c.trace('heal')
      }
      if (ev.chance(p.add)) c.addPeer()
      if (ev.chance(p.remove)) c.removePeer()
      if (ev.chance(p.compact)) {
        const live = c.alive()
        if (live.length > 0 && ev.pick(live).compact(ev.int(5))) c.stats.compactions++
      }
    }
    // liveness: heal everything, restart everyone, stop faults, and wait
    c.net.heal()
    c.net.faults = { dropRate: 0, dupRate: 0, maxDelay: 1 }
    for (const n of c.nodes.values()) c.restart(n)
    c.trace('final heal')
    let q = 0
    while (!converged(c)) {
      if (++q > QUIESCE_LIMIT) throw new Error(`liveness: no convergence ${QUIESCE_LIMIT} rounds after the final heal (${describe(c)})`)
      c.round(1)
    }
    const leader = c.leaders()[0]
    const st = leader.live().status()
    const members = [...st.configuration.voters, ...st.configuration.learners].map(id => c.nodes.get(id) as SimNode)
    c.checker.checkFinal(members.map(n => ({ id: n.id, ids: n.sm.ids, chain: n.sm.chain, index: n.sm.index })))
    return {
      seed, params: p, acked: c.checker.acked.size, finalIndex: st.lastIndex, quiesceRounds: q,
      stats: { ...c.stats, elections: c.checker.elections }
    }
  } catch (err) {
    throw new ScheduleFailure(seed, err instanceof Error ? err : new Error(String(err)), c.traceRing.dump())
  }
}

function describe (c: SimCluster): string {
  return [...c.nodes.values()].map(n => {
    if (!n.alive) return `${n.id}: down`
    const s = n.live().status()
    return `${n.id}: ${s.role} t${s.term} lead=${s.leader ?? '-'} commit=${s.commit} last=${s.lastIndex} applied=${n.sm.index} cfg=${s.configuration.voters.join(',')}/${s.configuration.learners.join(',')}`
  }).join('; ')
}
