/**
 * Relay round trip between two peers on loopback: a client calls
 * PeerManager.Call on peer A for a method served behind peer B; A relays it
 * over libp2p to B, B calls its local service (an echo of the 1 KiB
 * payload) and the reply travels back. Prints JSON: p50/p99 latency (ms)
 * and calls/s, with 1 and with 64 calls in flight. For calibration it also
 * times one plain local gRPC hop on the same machine (PeerManager.ID on A,
 * an empty call): the relayed call makes two such hops plus the libp2p
 * round trip.
 *
 * Run: node --import ../chassis/dist/src/polyfill.js dist/bench/relay-bench.js [calls]
 */
import { availableParallelism, loadavg } from 'node:os'
import { join } from 'node:path'
import { removeDir, shortTmpDir, waitFor } from '@ipfscluster/testing'
import { clients, configure, createPeer, secretOf, start } from '../test/support/peers.js'
import { StandIn } from '../test/support/stand-in.js'

const METHOD = '/ipfscluster.cluster.v1.Cluster/ID'
const CALLS = Number(process.argv[2] ?? 5000)
const PAYLOAD = Buffer.alloc(1024, 7)

const root = await shortTmpDir('pmb')
const a = await createPeer(root, 'a')
const b = await createPeer(root, 'b')
await configure(a, { secret: secretOf('be'), peers: [b.addr], pingInterval: '1m' })
await configure(b, { secret: secretOf('be'), peers: [a.addr], pingInterval: '1m' })
const procs = [start(a, { IPFS_CLUSTER_LOG_LEVEL: 'error' }), start(b, { IPFS_CLUSTER_LOG_LEVEL: 'error' })]
const echo = await new StandIn().unary(METHOD, req => req).listen(join(b.sockets, 'supervisor.sock'))
const { pm, close } = clients(a)
try {
  await waitFor(async () => (await pm.ID({}).catch(() => undefined))?.connected_peers.includes(b.id) === true, { timeout: 20_000, what: 'A connected to B' })
  const relayed = async (): Promise<number> => {
    const t = performance.now()
    const res = await pm.Call({ peer: b.id, method: METHOD, payload: PAYLOAD })
    if (res.status?.status_code !== 0 || res.payload.length !== PAYLOAD.length) throw new Error(`bad reply: ${JSON.stringify(res.status)}`)
    return performance.now() - t
  }
  const localHop = async (): Promise<number> => {
    const t = performance.now()
    await pm.ID({})
    return performance.now() - t
  }
  const run = async (inFlight: number, call = relayed): Promise<Record<string, number>> => {
    for (let i = 0; i < 500; i++) await call() // warm-up: JIT, pooled streams
    const times: number[] = []
    const t0 = performance.now()
    await Promise.all(Array.from({ length: inFlight }, async () => {
      while (times.length < CALLS) times.push(await call())
    }))
    const seconds = (performance.now() - t0) / 1000
    times.sort((x, y) => x - y)
    const at = (q: number): number => Number((times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? NaN).toFixed(3))
    return { in_flight: inFlight, calls: times.length, p50_ms: at(0.5), p99_ms: at(0.99), calls_per_s: Math.round(times.length / seconds) }
  }
  const results = [await run(1), await run(64)]
  const { p50_ms: hop } = await run(1, localHop)
  process.stdout.write(JSON.stringify({
    benchmark: 'peer-management relay round trip',
    payload_bytes: PAYLOAD.length,
    node: process.version,
    cpus: availableParallelism(),
    load_average_1m: Number(loadavg()[0]?.toFixed(2)),
    local_grpc_hop_p50_ms: hop,
    results
  }, null, 2) + '\n')
} finally {
  close()
  echo.close()
  await Promise.all(procs.map(async p => p.stop()))
  await removeDir(root)
}
