/**
 * Relay round trip between two peers on loopback (issue 4): a client calls
 * PeerManager.Call on peer A for a method served behind peer B; A relays it
 * over libp2p to B, B calls its local service (an echo of the 1 KiB
 * payload) and the reply travels back. Also the path Raft takes (one
 * long-lived relay stream per direction; a message to B's consensus, which
 * answers with a message of its own back to A), as a round trip. Figures: p50/p99 latency and calls/s
 * with 1 and with 64 calls in flight, over BENCH_RUNS runs of BENCH_CALLS
 * calls; for calibration, one plain local gRPC hop on the same machine
 * (PeerManager.ID on A), and a Call that A runs itself (the echo behind A):
 * a relayed call makes those two local hops plus the libp2p round trip; and
 * the CPU time all three processes spend per call, which a
 * busy machine does not inflate the way it inflates latencies. Prints one
 * `BENCH {json}` line for tools/bench/run.js.
 *
 * Run: node --import services/chassis/dist/src/preload.js services/peer-management/dist/bench/relay-bench.js
 */
import { readFileSync } from 'node:fs'
import { availableParallelism, loadavg } from 'node:os'
import { join } from 'node:path'
import { removeDir, shortTmpDir, waitFor } from '@ipfscluster/testing'
import { clients, configure, createPeer, secretOf, start } from '../test/support/peers.js'
import { StandIn } from '../test/support/stand-in.js'
import { openStream, RAFT_MESSAGES } from './stream-round-trip.js'

const METHOD = '/ipfscluster.cluster.v1.Cluster/ID'
const RUNS = Number(process.env.BENCH_RUNS ?? 3)
const CALLS = Number(process.env.BENCH_CALLS ?? 3000)
const PAYLOAD = Buffer.alloc(1024, 7)
const TARGETED = new Set(['relayed call p50, 1 in flight', 'Raft path: message and answer over long-lived relay streams p50, 1 in flight'])

/** CPU seconds used so far by the processes `pids` (Linux /proc; clock ticks of 10 ms). */
function cpuSeconds (pids: number[]): number {
  return pids.reduce((sum, pid) => {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? []
    return sum + (Number(fields[11]) + Number(fields[12])) / 100
  }, 0)
}

/** Latencies (ms) and throughput of `calls` calls made by `inFlight` workers. */
async function measure (call: () => Promise<unknown>, inFlight: number, calls: number): Promise<{ p50: number, p99: number, perSecond: number }> {
  const times: number[] = []
  const t0 = performance.now()
  await Promise.all(Array.from({ length: inFlight }, async () => {
    while (times.length < calls) {
      const t = performance.now()
      await call()
      times.push(performance.now() - t)
    }
  }))
  const seconds = (performance.now() - t0) / 1000
  times.sort((x, y) => x - y)
  const at = (q: number): number => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? NaN
  return { p50: at(0.5), p99: at(0.99), perSecond: times.length / seconds }
}

const root = await shortTmpDir('pmb')
const a = await createPeer(root, 'a')
const b = await createPeer(root, 'b')
await configure(a, { secret: secretOf('be'), peers: [b.addr], pingInterval: '1m' })
await configure(b, { secret: secretOf('be'), peers: [a.addr], pingInterval: '1m' })
// The consensus stand-ins listen before the peers start: a relay stream to a socket its channel found empty fails at once.
// Raft's path: A's message goes to B's consensus stand-in over a long-lived stream, which answers on its own stream back to A.
let toA: ReturnType<typeof openStream> | undefined
const raftB = await new StandIn({ record: false }).clientStreamLive(RAFT_MESSAGES, message => { toA?.send(message) }).listen(join(b.sockets, 'consensus.sock'))
const answers: Array<() => void> = []
const raftA = await new StandIn({ record: false }).clientStreamLive(RAFT_MESSAGES, () => { answers.shift()?.() }).listen(join(a.sockets, 'consensus.sock'))
const procs = [start(a, { IPFS_CLUSTER_LOG_LEVEL: 'error' }), start(b, { IPFS_CLUSTER_LOG_LEVEL: 'error' })]
const echo = await new StandIn({ record: false }).unary(METHOD, req => req).listen(join(b.sockets, 'supervisor.sock'))
// The same echo behind A, for calls A runs itself: the relay's two local gRPC hops without libp2p.
const echoA = await new StandIn({ record: false }).unary(METHOD, req => req).listen(join(a.sockets, 'supervisor.sock'))
const { pm, close } = clients(a)
const pmB = clients(b)
// A, B, and this process (the client and the echo service).
const pids = [...procs.map(p => p.pid), process.pid]
try {
  await waitFor(async () => (await pm.ID({}).catch(() => undefined))?.connected_peers.includes(b.id) === true, { timeout: 20_000, what: 'A connected to B' })
  toA = openStream(pmB.pm, a.id)
  const toB = openStream(pm, b.id)
  const relayed = async (): Promise<void> => {
    const res = await pm.Call({ peer: b.id, method: METHOD, payload: PAYLOAD })
    if (res.status?.status_code !== 0 || res.payload.length !== PAYLOAD.length) throw new Error(`bad reply: ${JSON.stringify(res.status)}`)
  }
  // Streams deliver in order, so the answers resolve the waiting senders first-in, first-out.
  const streamed = async (): Promise<void> => new Promise<void>(resolve => { answers.push(resolve); toB.send(PAYLOAD) })
  await measure(relayed, 64, 1000) // warm-up: JIT, pooled streams
  await measure(streamed, 64, 1000)
  const samples = new Map<string, number[]>()
  const add = (label: string, value: number): void => { samples.set(label, [...samples.get(label) ?? [], Number(value.toFixed(3))]) }
  const loads: number[] = []
  for (let run = 0; run < RUNS; run++) {
    loads.push(loadavg()[0] ?? NaN)
    for (const inFlight of [1, 64]) {
      const cpu0 = cpuSeconds(pids)
      const m = await measure(relayed, inFlight, CALLS)
      add(`relayed call p50, ${inFlight} in flight`, m.p50)
      add(`relayed call p99, ${inFlight} in flight`, m.p99)
      add(`relayed calls/s, ${inFlight} in flight`, m.perSecond)
      add(`CPU per relayed call, all processes, ${inFlight} in flight`, (cpuSeconds(pids) - cpu0) * 1e6 / CALLS)
    }
    for (const inFlight of [1, 64]) {
      const m = await measure(streamed, inFlight, CALLS)
      add(`Raft path: message and answer over long-lived relay streams p50, ${inFlight} in flight`, m.p50)
      add(`Raft path: message and answer over long-lived relay streams p99, ${inFlight} in flight`, m.p99)
      add(`Raft path: round trips/s, ${inFlight} in flight`, m.perSecond)
    }
    add('calibration: one local gRPC hop p50', (await measure(async () => pm.ID({}), 1, 1000)).p50)
    add('calibration: Call to this peer itself p50 (two local gRPC hops, no libp2p)', (await measure(async () => pm.Call({ peer: a.id, method: METHOD, payload: PAYLOAD }), 1, 1000)).p50)
  }
  const unit = (label: string): string => label.includes('/s') ? 'per s' : label.startsWith('CPU') ? 'µs' : 'ms'
  const figures = [...samples].map(([label, s]) => ({
    label, unit: unit(label), samples: s, ...(TARGETED.has(label) ? { target: '≤ 1 ms' } : {})
  }))
  const notes = `1 KiB payload, A and B two processes on 127.0.0.1 with the cluster secret, the echo service in the benchmark process; ${CALLS} calls per sample; ` +
    `${availableParallelism()} CPUs, 1-minute load average ${loads.map(l => l.toFixed(1)).join(' / ')} at the start of each run.`
  process.stdout.write('BENCH ' + JSON.stringify({ name: 'Peer-to-peer call relay (peer-management)', runs: RUNS, figures, notes }) + '\n')
} finally {
  toA?.end()
  close()
  pmB.close()
  raftA.close()
  raftB.close()
  echo.close()
  echoA.close()
  await Promise.all(procs.map(async p => p.stop()))
  await removeDir(root)
}
