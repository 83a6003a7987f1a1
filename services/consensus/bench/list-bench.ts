/**
 * Consensus.List throughput: pins/s of a whole-state List from a real
 * consensus process over its Unix socket, at 100 k and 1 M pins (the bound
 * of the REST /allocations stream and of the pin tracker's state sync).
 * Prints one `BENCH {json}` line for tools/bench/run.js.
 *
 * Run: node --import services/chassis/dist/src/preload.js services/consensus/dist/bench/list-bench.js
 * (SIZES=<n>,<n> for other state sizes)
 */
import { loadavg } from 'node:os'
import { join } from 'node:path'
import { listedPins } from '@ipfscluster/proto'
import { removeDir, shortTmpDir, waitFor } from '@ipfscluster/testing'
import { importState } from '../src/storage/index.js'
import { cidOf } from '../test/storage/helpers.js'
import { consensusClient, createNode, startConsensus } from '../test/support/nodes.js'

process.env.CONSENSUS_TEST_LOG_LEVEL ??= 'error'
const SIZES = (process.env.SIZES ?? '100000,1000000').split(',').map(Number)
const RUNS = 3

function * seedLines (n: number): Generator<string> {
  for (let i = 0; i < n; i++) yield `{"cid":"${cidOf(`list-${i}`).toString()}","name":"list ${i}","replication_factor_min":-1,"replication_factor_max":-1}\n`
}

/** pins/s of RUNS whole-state Lists of a one-peer consensus seeded with `size` pins. */
async function listRate (size: number): Promise<number[]> {
  const root = await shortTmpDir('lb')
  const node = await createNode(root, 'a')
  const c = consensusClient(node)
  try {
    await importState(join(node.dir, 'ipfs-cluster-data'), seedLines(size), { peers: [node.id], backupsRotate: 1, defaultReplicationMin: -1, defaultReplicationMax: -1 })
    await startConsensus(node)
    await waitFor(async () => (await c.Status({})).role === 'RAFT_ROLE_LEADER', { timeout: 120_000, what: 'a leader' })
    const rates: number[] = []
    for (let r = 0; r < RUNS; r++) {
      const t = performance.now()
      let n = 0
      for await (const _ of listedPins(c.List({ linearizable: false, types: [] }, { timeout: Infinity }))) n++
      if (n !== size) throw new Error(`List returned ${n} pins of ${size}`)
      rates.push(size / ((performance.now() - t) / 1000))
    }
    return rates
  } finally {
    c.close()
    await node.consensus?.stop('SIGKILL')
    await removeDir(root)
  }
}

const figures = []
for (const size of SIZES) figures.push({ label: `Consensus.List of ${size} pins (client counts every pin)`, unit: 'pins/s', samples: await listRate(size) })
console.log('BENCH ' + JSON.stringify({
  name: 'consensus List',
  runs: RUNS,
  figures,
  notes: `One consensus process seeded by state import; the client reads the stream on the same machine over the Unix socket. ` +
    `Load average at the end: ${loadavg().map(l => l.toFixed(1)).join(' ')} on the 2-core machine.`
}))
