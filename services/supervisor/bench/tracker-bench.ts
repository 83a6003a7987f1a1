// Pin tracker throughput: applied ops/s from a WatchApplied stream over a
// Unix socket into the tracker (pins allocated to another peer, so no IPFS
// work), heap per tracked item, a state sync over the same pinset, and
// pins/s into a real js-ipfs through the real ipfs-connector process.
// Prints one `BENCH {json}` line for tools/bench/run.js.
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { connect, mapTrackerSection, type PromiseClient } from '@ipfscluster/chassis'
import { loadProtos, type IPFSConnectorClient } from '@ipfscluster/proto'
import { removeDir, shortTmpDir, waitFor } from '@ipfscluster/testing'
import { CID } from 'multiformats/cid'
import * as raw from 'multiformats/codecs/raw'
import { sha256 } from 'multiformats/hashes/sha2'
import { PinTracker } from '../src/core/tracker/index.js'
import { startIpfsStack } from '../test/core/tracker/connector-process.js'
import { FakeConsensus } from '../test/core/tracker/fake-consensus.js'
import { OTHER, pinOf, SELF } from '../test/core/tracker/helpers.js'

setFlagsFromString('--expose-gc')
const gc = runInNewContext('gc') as () => void

const RUNS = Number(process.env.BENCH_RUNS ?? 3)
const OPS = Number(process.env.BENCH_TRACKER_OPS ?? 100_000)
const IPFS_PINS = Number(process.env.BENCH_TRACKER_IPFS_PINS ?? 200)

/** IPFS that holds nothing: the remote pins never reach it. */
const idleIpfs = {
  Pin: async function * () {},
  Unpin: async () => ({ was_pinned: false }),
  PinLs: async function * () {},
  PinLsCid: async () => ({ type: 'IPFS_PIN_TYPE_UNPINNED' }),
  ID: async () => ({ id: { id: '', addresses: [], error: '' } })
} as unknown as Pick<PromiseClient<IPFSConnectorClient>, 'Pin' | 'Unpin' | 'PinLs' | 'PinLsCid' | 'ID'>

async function cidOf (s: string): Promise<CID> {
  return CID.createV1(raw.code, await sha256.digest(new TextEncoder().encode(s)))
}

async function tracker (folder: string, consensusSocket: string, ipfs: typeof idleIpfs): Promise<PinTracker> {
  return PinTracker.start({
    peerId: SELF,
    peername: 'bench',
    folder,
    consensus: connect(loadProtos().ipfscluster.consensus.v1.Consensus, consensusSocket, 'consensus'),
    ipfs,
    maptracker: mapTrackerSection.defaults(),
    intervals: { stateSyncInterval: 3_600_000, ipfsSyncInterval: 3_600_000, pinRecoverInterval: 0 }
  })
}

async function applyRun (): Promise<{ opsPerSecond: number, bytesPerItem: number, stateSyncMs: number }> {
  const dir = await shortTmpDir('trb')
  const consensus = new FakeConsensus(`${dir}/c.sock`)
  await consensus.start()
  for (let i = 0; i < OPS; i++) consensus.pin(pinOf(await cidOf(`bench ${i}`), [OTHER]))
  gc()
  const heapBefore = process.memoryUsage().heapUsed
  const started = performance.now()
  const t = await tracker(dir, consensus.socket, idleIpfs)
  await waitFor(() => t.appliedIndex === OPS, { timeout: 600_000, interval: 10, what: 'every op applied' })
  const elapsed = performance.now() - started
  await t.whenCaughtUp()
  gc()
  const bytesPerItem = (process.memoryUsage().heapUsed - heapBefore) / OPS
  const syncStarted = performance.now()
  await t.stateSync()
  const stateSyncMs = performance.now() - syncStarted
  await t.stop()
  await consensus.stop()
  await removeDir(dir)
  return { opsPerSecond: OPS / (elapsed / 1000), bytesPerItem, stateSyncMs }
}

async function ipfsRun (): Promise<number> {
  const stack = await startIpfsStack('trbi')
  const consensus = new FakeConsensus(`${stack.socketsDir}/c.sock`)
  await consensus.start()
  const folder = await shortTmpDir('trbf')
  try {
    const cids = await Promise.all(Array.from({ length: IPFS_PINS }, async (_, i) => stack.addBlock(`bench ipfs ${i} ${Date.now()}`)))
    const t = await tracker(folder, consensus.socket, stack.client)
    await t.whenCaughtUp()
    const started = performance.now()
    for (const cid of cids) consensus.pin(pinOf(cid))
    await waitFor(() => cids.every(c => t.status(c.bytes).status === 'TRACKER_STATUS_PINNED'), { timeout: 600_000, interval: 20, what: 'every pin in IPFS' })
    const elapsed = performance.now() - started
    await t.stop()
    return IPFS_PINS / (elapsed / 1000)
  } finally {
    await consensus.stop()
    await stack.stop()
    await removeDir(stack.dir)
    await removeDir(folder)
  }
}

const apply = { rate: [] as number[], bytes: [] as number[], sync: [] as number[] }
const pinRates: number[] = []
for (let i = 0; i < RUNS; i++) {
  const r = await applyRun()
  apply.rate.push(r.opsPerSecond)
  apply.bytes.push(r.bytesPerItem)
  apply.sync.push(r.stateSyncMs)
  pinRates.push(await ipfsRun())
}
console.log('BENCH ' + JSON.stringify({
  name: 'Pin tracker (supervisor)',
  runs: RUNS,
  figures: [
    { label: `applied ops through WatchApplied (${OPS} remote pins)`, unit: 'ops/s', samples: apply.rate },
    { label: 'heap per tracked item', unit: 'bytes', samples: apply.bytes },
    { label: `state sync of ${OPS} known pins (Consensus.List)`, unit: 'ms', samples: apply.sync },
    { label: `pins into js-ipfs through the connector (${IPFS_PINS} blocks, concurrent_pins 10)`, unit: 'pins/s', samples: pinRates }
  ],
  notes: 'The apply figure includes the gRPC stream from a stand-in consensus and the coalesced fsync of the progress file; js-ipfs 0.66 bounds the last one.'
}))
process.exit(0)
