/**
 * Benchmark (not a test): pins per second through a real connector process
 * against js-ipfs 0.66 (and the embedded node), and the IPFS proxy's
 * overhead against calling the daemon directly. Prints one `BENCH {json}`
 * line for tools/bench/run.js, a sample per run (BENCH_RUNS, default 3).
 *
 *   npm run build && npm run bench -w services/ipfs-connector
 *
 * Env: BENCH_PINS (default 200), BENCH_CALLS (default 500), BENCH_CAT_MIB (default 32).
 */
import { randomBytes } from 'node:crypto'
import { startIpfsDaemon } from '@ipfscluster/testing'
import type { CID } from 'multiformats/cid'
import { defaultAddOptions, type IpfsConnectorClient } from '../src/index.js'
import { startConnectorProcess, waitServing } from '../test/fixtures/connector-process.js'

const PINS = Number(process.env.BENCH_PINS ?? 200)
const CALLS = Number(process.env.BENCH_CALLS ?? 500)
const CAT_MIB = Number(process.env.BENCH_CAT_MIB ?? 32)

function round (n: number, digits = 1): number {
  return Number(n.toFixed(digits))
}

function percentile (sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]
}

/** Adds `n` small distinct files without pinning them; resolves with their CIDs. */
async function addFiles (client: IpfsConnectorClient, n: number): Promise<CID[]> {
  const entries = Array.from({ length: n }, (_, i) => ({ path: `f${i}.bin`, kind: 'file' as const, content: [randomBytes(1024)] }))
  const cids: CID[] = []
  for await (const out of client.add(entries, defaultAddOptions)) if (out.cid !== undefined) cids.push(out.cid)
  return cids
}

/** Pins every CID with `concurrency` pins in flight; pins per second. */
async function pinRate (client: IpfsConnectorClient, cids: CID[], concurrency: number): Promise<number> {
  const queue = [...cids]
  const started = performance.now()
  await Promise.all(Array.from({ length: concurrency }, async () => {
    for (let cid = queue.shift(); cid !== undefined; cid = queue.shift()) {
      for await (const e of client.pin({ cid, maxDepth: -1 })) void e
    }
  }))
  return cids.length / ((performance.now() - started) / 1000)
}

async function unpinAll (client: IpfsConnectorClient, cids: CID[]): Promise<void> {
  for (const cid of cids) await client.unpin(cid)
}

/** Latencies of `calls` sequential `POST <base>/api/v0/<path>`, ms. */
async function latencies (base: string, path: string, calls: number): Promise<{ mean: number, p50: number, p95: number }> {
  const times: number[] = []
  for (let i = 0; i < calls; i++) {
    const t = performance.now()
    const res = await fetch(`${base}/api/v0/${path}`, { method: 'POST' })
    await res.arrayBuffer()
    times.push(performance.now() - t)
  }
  times.sort((a, b) => a - b)
  return { mean: round(times.reduce((a, b) => a + b, 0) / times.length, 3), p50: round(percentile(times, 0.5), 3), p95: round(percentile(times, 0.95), 3) }
}

/** MiB/s of reading `cat?arg=<cid>` from `base`. */
async function catRate (base: string, cid: string, bytes: number): Promise<number> {
  const t = performance.now()
  const res = await fetch(`${base}/api/v0/cat?arg=${cid}`, { method: 'POST' })
  let read = 0
  for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) read += chunk.byteLength
  if (read !== bytes) throw new Error(`cat read ${read} of ${bytes} bytes`)
  return bytes / 1024 / 1024 / ((performance.now() - t) / 1000)
}

async function daemonFigures (): Promise<Record<string, unknown>> {
  const ipfs = await startIpfsDaemon({ name: 'bench' })
  const proc = await startConnectorProcess({ ipfshttp: { node_multiaddress: ipfs.apiMultiaddr, proxy_listen_multiaddress: '/ip4/127.0.0.1/tcp/0' } })
  try {
    await waitServing(proc)
    const cids = await addFiles(proc.client, PINS * 2)
    const sequential = await pinRate(proc.client, cids.slice(0, PINS), 1)
    const concurrent = await pinRate(proc.client, cids.slice(PINS), 10)
    await unpinAll(proc.client, cids)

    const proxy = `http://127.0.0.1:${/\/tcp\/(\d+)$/.exec(proc.proxy ?? '')?.[1] ?? ''}`
    await latencies(proxy, 'version', 20) // warm both connections up
    await latencies(ipfs.apiUrl, 'version', 20)
    const direct = await latencies(ipfs.apiUrl, 'version', CALLS)
    const proxied = await latencies(proxy, 'version', CALLS)
    const form = new FormData()
    form.append('file', new Blob([randomBytes(CAT_MIB * 1024 * 1024)]), 'cat.bin')
    const { Hash } = await ipfs.rpc<{ Hash: string }>('add', {}, { body: form, timeout: 120_000 })
    await catRate(ipfs.apiUrl, Hash, CAT_MIB * 1024 * 1024) // the first read warms the daemon's block cache
    const catDirect = await catRate(ipfs.apiUrl, Hash, CAT_MIB * 1024 * 1024)
    const catProxied = await catRate(proxy, Hash, CAT_MIB * 1024 * 1024)
    return {
      pins_per_s_sequential: round(sequential),
      pins_per_s_10_concurrent: round(concurrent),
      version_latency_ms_direct: direct,
      version_latency_ms_proxy: proxied,
      proxy_overhead_ms_mean: round(proxied.mean - direct.mean, 3),
      cat_mib_per_s_direct: round(catDirect),
      cat_mib_per_s_proxy: round(catProxied)
    }
  } finally {
    await proc.stop()
    await ipfs.stop()
  }
}

async function embeddedFigures (): Promise<Record<string, unknown>> {
  const proc = await startConnectorProcess({ ipfshttp: { proxy_listen_multiaddress: [] }, embedded: { enabled: true, listen_multiaddress: '/ip4/127.0.0.1/tcp/0' } })
  try {
    await waitServing(proc)
    const cids = await addFiles(proc.client, PINS * 2)
    return {
      pins_per_s_sequential: round(await pinRate(proc.client, cids.slice(0, PINS), 1)),
      pins_per_s_10_concurrent: round(await pinRate(proc.client, cids.slice(PINS), 10))
    }
  } finally {
    await proc.stop()
  }
}

const ROUNDS = Number(process.env.BENCH_RUNS ?? 3)
const samples: Record<string, { unit: string, values: number[] }> = {}
const add = (label: string, unit: string, value: number): void => {
  (samples[label] ??= { unit, values: [] }).values.push(value)
}
for (let round = 0; round < ROUNDS; round++) {
  const d = await daemonFigures() as any
  const e = await embeddedFigures() as any
  add('js-ipfs: pins/s, 1 client', 'pins/s', d.pins_per_s_sequential)
  add('js-ipfs: pins/s, 10 concurrent', 'pins/s', d.pins_per_s_10_concurrent)
  add('embedded node: pins/s, 1 client', 'pins/s', e.pins_per_s_sequential)
  add('embedded node: pins/s, 10 concurrent', 'pins/s', e.pins_per_s_10_concurrent)
  add('`version` p50, direct to js-ipfs', 'ms', d.version_latency_ms_direct.p50)
  add('`version` p50, through the proxy', 'ms', d.version_latency_ms_proxy.p50)
  add('proxy overhead (mean latency difference)', 'ms', d.proxy_overhead_ms_mean)
  add(`${CAT_MIB} MiB cat, direct`, 'MiB/s', d.cat_mib_per_s_direct)
  add(`${CAT_MIB} MiB cat, through the proxy`, 'MiB/s', d.cat_mib_per_s_proxy)
}
const figures = Object.entries(samples).map(([label, f]) => ({ label, unit: f.unit, samples: f.values }))
const notes = `Each run: ${PINS} pins of 1 KiB files per figure, ${CALLS} \`version\` calls, js-ipfs 0.66.1 on loopback; a sample is one run.`
process.stdout.write('BENCH ' + JSON.stringify({ name: 'IPFS connector and proxy (ipfs-connector)', runs: ROUNDS, figures, notes }) + '\n')
process.exit(0)
