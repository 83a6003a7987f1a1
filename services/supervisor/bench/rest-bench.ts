// REST API throughput of real peers (each with its own js-ipfs daemon):
// pins/s and p50/p99 latency of POST /pins/{cid} at 1, 16 and 64 concurrent
// clients on 1 and 3 peers, and the rate of the GET /allocations stream at
// 1 M pins (state imported offline, allocated to another peer so that no
// IPFS work runs). Prints one `BENCH {json}` line (tools/bench/run.js).
// PINS=<n> sets the size of the /allocations state; BENCH_REQUESTS the pins
// per concurrency level.
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { CID } from 'multiformats/cid'
import * as raw from 'multiformats/codecs/raw'
import { sha256 } from 'multiformats/hashes/sha2'
import { cli } from '../test/cli-helpers.js'
import { startCluster, type E2ePeer } from '../test/e2e-cluster.js'

const PINS = Number(process.env.PINS ?? 1_000_000)
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 640)
const CLIENTS = [1, 16, 64]
const RUNS = Number(process.env.BENCH_RUNS ?? 3)
// allocations of the imported state: a peer that is not in the cluster
const ELSEWHERE = '12D3KooWCLKKDpG1EndPjLYzsqzoqEUBwF2CNyCVdvMVci2x1ppS'

let serial = 0
async function freshCid (): Promise<string> {
  return CID.create(1, raw.code, await sha256.digest(Buffer.from(`rest bench ${process.pid} ${serial++}`))).toString()
}

/** Distinct failure answers, for the notes. */
const failures = new Set<string>()

const quantile = (sorted: number[], q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]

/** `total` pins through `clients` concurrent clients, spread over the peers' REST APIs. */
async function pinLoad (peers: E2ePeer[], clients: number, total: number): Promise<{ rate: number, p50: number, p99: number, failed: number }> {
  const latencies: number[] = []
  let failed = 0
  let next = 0
  const started = performance.now()
  await Promise.all(Array.from({ length: clients }, async (_v, c) => {
    const peer = peers[c % peers.length]
    while (next < total) {
      next++
      const cid = await freshCid()
      const t = performance.now()
      const res = await fetch(`${peer.url}/pins/${cid}`, { method: 'POST' })
      const body = await res.text()
      if (res.status === 200) latencies.push(performance.now() - t)
      else {
        failed++
        failures.add(`${res.status} ${body.trim()}`)
      }
    }
  }))
  const elapsed = (performance.now() - started) / 1000
  latencies.sort((a, b) => a - b)
  return { rate: latencies.length / elapsed, p50: quantile(latencies, 0.5), p99: quantile(latencies, 0.99), failed }
}

const figures: Array<{ label: string, unit: string, samples: number[] }> = []
/** Adds a sample to the figure of that label, in first-seen order. */
function add (label: string, unit: string, value: number): void {
  const f = figures.find(x => x.label === label)
  if (f === undefined) figures.push({ label, unit, samples: [value] })
  else f.samples.push(value)
}
for (const size of [1, 3]) {
  // pins of content nobody has would keep the trackers busy: pins go to a peer's queue but IPFS never answers; a short pin timeout ends them
  const cluster = await startCluster(size, json => {
    json.ipfs_connector.ipfshttp.pin_timeout = '1s'
    // Raft's default timers: the tests' short ones lose the leader under this load
    Object.assign(json.consensus.raft, { heartbeat_timeout: '1s', election_timeout: '1s', leader_lease_timeout: '500ms' })
  })
  try {
    for (let run = 0; run < RUNS; run++) {
      for (const clients of CLIENTS) {
        const r = await pinLoad(cluster.peers, clients, Math.max(REQUESTS / (clients === 1 ? 4 : 1), clients))
        const where = `${size} peer${size > 1 ? 's' : ''}, ${clients} client${clients > 1 ? 's' : ''}`
        add(`${where}: pins/s`, 'pins/s', r.rate)
        add(`${where}: p50 latency`, 'ms', r.p50)
        add(`${where}: p99 latency`, 'ms', r.p99)
        add(`${where}: failed pins`, 'requests', r.failed)
      }
    }
  } finally {
    await cluster.stop()
  }
}

// the tracker holds every pin as remote: no periodic syncs during the measure
const cluster = await startCluster(1, json => {
  json.cluster.state_sync_interval = '1h'
  json.cluster.ipfs_sync_interval = '1h'
}, async dir => {
  const lines: string[] = []
  for (let i = 0; i < PINS; i++) lines.push(`{"cid":"${CID.create(1, raw.code, await sha256.digest(Buffer.from(`allocations ${i}`))).toString()}"}`)
  const file = join(dir, 'pins.ndjson')
  await writeFile(file, lines.join('\n') + '\n')
  const res = await cli(['-c', dir, 'state', 'import', '-f', '--rmin', '1', '--rmax', '1', '--allocs', ELSEWHERE, file])
  if (res.code !== 0) throw new Error(`state import failed: ${res.stderr}`)
})
try {
  const started = performance.now()
  const res = await fetch(`${cluster.peers[0].url}/allocations`)
  let lines = 0
  let bytes = 0
  for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
    bytes += chunk.length
    for (const b of chunk) if (b === 10) lines++
  }
  const seconds = (performance.now() - started) / 1000
  if (lines !== PINS) throw new Error(`/allocations streamed ${lines} pins, expected ${PINS}`)
  figures.push({ label: `/allocations stream at ${PINS} pins`, unit: 'pins/s', samples: [lines / seconds] })
  figures.push({ label: `/allocations stream at ${PINS} pins: whole answer`, unit: 'ms', samples: [seconds * 1000] })
  figures.push({ label: `/allocations stream at ${PINS} pins: bytes`, unit: 'MB', samples: [bytes / 2 ** 20] })
} finally {
  await cluster.stop()
}

console.log('BENCH ' + JSON.stringify({
  name: 'REST API (supervisor)',
  runs: RUNS,
  figures,
  notes: `${RUNS} runs of the pin levels on the same clusters, one /allocations run. POST /pins/{cid} of fresh CIDs (replication -1, ${REQUESTS} pins per level, a quarter of that for 1 client), clients spread over the peers' REST APIs; each answer is after the commit on a Raft quorum and the apply on the leader. /allocations: state imported offline, every pin allocated to a peer outside the cluster.${failures.size > 0 ? ` Failures seen: ${[...failures].join('; ')}.` : ''}`
}))
