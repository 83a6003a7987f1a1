/**
 * Consensus on 3 peers over the real relay (issue 5): commits/s and p50/p99
 * commit latency with 1, 16 and 64 concurrent proposers (LogPin on the
 * leader; each resolves after commit on a quorum + apply); failover (kill -9
 * of the leader → the survivors agree on a new one); and the catch-up time
 * of a 4th peer added to a cluster holding PINS pins (1 M by default:
 * InstallSnapshot of the whole state). Prints one `BENCH {json}` line for
 * tools/bench/run.js.
 *
 * Run: node --import services/chassis/dist/src/preload.js services/consensus/dist/bench/consensus-bench.js
 * (PINS=<n>, BENCH_CALLS=<n> for a quicker run)
 */
import { cp } from 'node:fs/promises'
import { loadavg } from 'node:os'
import { join } from 'node:path'
import { waitFor } from '@ipfscluster/testing'
import { importState } from '../src/storage/index.js'
import { cidOf } from '../test/storage/helpers.js'
import { ConsensusCluster } from '../test/support/cluster.js'
import { startConsensus, testPin, type TestNode } from '../test/support/nodes.js'

process.env.CONSENSUS_TEST_LOG_LEVEL ??= 'error'
const PINS = Number(process.env.PINS ?? 1_000_000)
const CALLS = Number(process.env.BENCH_CALLS ?? 2000)
const RUNS = 3
const DATA = 'ipfs-cluster-data'

const quantile = (sorted: number[], q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN

function * seedLines (n: number): Generator<string> {
  for (let i = 0; i < n; i++) yield `{"cid":"${cidOf(`seed-${i}`).toString()}","replication_factor_min":-1,"replication_factor_max":-1}\n`
}

/** `calls` LogPins by `proposers` concurrent callers; latencies in ms. */
async function commits (cluster: ConsensusCluster, leader: TestNode, proposers: number, calls: number, tag: string): Promise<{ perSecond: number, p50: number, p99: number }> {
  const c = cluster.consensus(leader)
  const times: number[] = []
  let next = 0
  const t0 = performance.now()
  await Promise.all(Array.from({ length: proposers }, async () => {
    for (let i = next++; i < calls; i = next++) {
      const t = performance.now()
      await c.LogPin({ pin: testPin(`${tag}-${i}`) })
      times.push(performance.now() - t)
    }
  }))
  const seconds = (performance.now() - t0) / 1000
  times.sort((a, b) => a - b)
  return { perSecond: calls / seconds, p50: quantile(times, 0.5), p99: quantile(times, 0.99) }
}

const cluster = await ConsensusCluster.create(3)
try {
  // Seed: import once, copy the data folder to the others (the same snapshot at index 1 everywhere).
  const voters = cluster.nodes.map(n => n.id)
  let t = performance.now()
  await importState(join(cluster.nodes[0].dir, DATA), seedLines(PINS), { peers: voters, backupsRotate: 1, defaultReplicationMin: -1, defaultReplicationMax: -1 })
  const importMs = performance.now() - t
  for (const n of cluster.nodes.slice(1)) await cp(join(cluster.nodes[0].dir, DATA), join(n.dir, DATA), { recursive: true })
  const newcomer = await cluster.add({ bootstrap: [cluster.nodes[0].addr] })
  await cluster.start()
  const addresses = cluster.nodes.map(n => n.addr)
  for (const n of cluster.nodes) await cluster.pm(n).ImportAddresses({ addresses })
  const members = cluster.nodes.slice(0, 3)
  let leader = await cluster.leader(members, 120_000)

  const figures: Array<{ label: string, unit: string, samples: number[], target?: string }> = []
  for (const proposers of [1, 16, 64]) {
    const calls = proposers === 1 ? Math.min(CALLS, 300) : CALLS
    const runs = []
    for (let r = 0; r < RUNS; r++) runs.push(await commits(cluster, leader, proposers, calls, `p${proposers}-r${r}`))
    const target = proposers === 1 ? '≥ 50 (consensus.md §12.4)' : proposers === 64 ? '≥ 1000 (consensus.md §12.4)' : undefined
    figures.push({ label: `commits/s, ${proposers} proposer${proposers > 1 ? 's' : ''}`, unit: '/s', samples: runs.map(x => x.perSecond), ...(target !== undefined ? { target } : {}) })
    figures.push({ label: `commit latency p50, ${proposers} proposer${proposers > 1 ? 's' : ''}`, unit: 'ms', samples: runs.map(x => x.p50) })
    figures.push({ label: `commit latency p99, ${proposers} proposer${proposers > 1 ? 's' : ''}`, unit: 'ms', samples: runs.map(x => x.p99) })
  }

  const failovers: number[] = []
  for (let r = 0; r < RUNS; r++) {
    const killed = leader
    t = performance.now()
    await cluster.killConsensus(killed)
    leader = await cluster.leader(members.filter(n => n !== killed), 60_000)
    failovers.push(performance.now() - t)
    await startConsensus(killed)
    await cluster.leader(members, 60_000)
  }
  figures.push({ label: 'failover: kill -9 of the leader → new leader agreed', unit: 'ms', samples: failovers, target: '≤ 3 × election timeout (1 s): 3000 ms (issue 5)' })

  leader = await cluster.leader(members)
  t = performance.now()
  await cluster.consensus(leader).AddPeer({ peer_id: newcomer.id }, { timeout: 600_000 })
  const c = cluster.consensus(newcomer)
  const target = Number((await cluster.consensus(leader).Status({})).commit_index)
  await waitFor(async () => Number((await c.Status({})).applied_index) >= target, { timeout: 600_000, interval: 200, what: 'the new peer caught up' })
  const catchUpMs = performance.now() - t
  figures.push({ label: `catch-up of a new peer at ${PINS} pins (AddPeer → applied = commit)`, unit: 'ms', samples: [catchUpMs] })
  figures.push({ label: `state import of ${PINS} pins (seeding)`, unit: 'ms', samples: [importMs] })

  console.log('BENCH ' + JSON.stringify({
    name: `consensus on 3 peers over the relay (${PINS} pins)`,
    runs: RUNS,
    figures,
    notes: `Real peer-management and consensus processes on loopback, cluster secret on, seed Raft timers (1 s) with a 1 s lease; ` +
      `commits are LogPin on the leader (${CALLS} per run, 300 for one proposer), each acknowledged after fdatasync on a quorum and apply. ` +
      `Load average at the end: ${loadavg().map(l => l.toFixed(1)).join(' ')} on the 2-core machine.`
  }))
} finally {
  await cluster.close()
}
