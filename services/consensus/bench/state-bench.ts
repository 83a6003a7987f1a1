// Benchmark of the pinset storage at 1 M pins: memory of the state, snapshot
// write and load times, state export and import times. Prints one BENCH line
// (tools/bench/run.js). PINS=<n> runs a smaller state.
import { codec } from '@ipfscluster/proto'
import { createHash } from 'node:crypto'
import { createReadStream, createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs'
import { once } from 'node:events'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { CID } from 'multiformats/cid'
import * as Digest from 'multiformats/hashes/digest'
import { EntryKind } from '../src/raft/types.js'
import { configureLogging } from '@ipfscluster/chassis'
import { DurableStorage, exportState, importState } from '../src/storage/index.js'

const PINS = Number(process.env.PINS ?? 1_000_000)
const RUNS = 3
const pins = codec('ipfscluster.types.v1.Pin')
setFlagsFromString('--expose-gc')
const gc = runInNewContext('gc') as () => void
configureLogging({ levels: { default: 'error', facilities: {} }, format: 'text' })

const mb = (bytes: number): number => Math.round(bytes / 2 ** 20)
const since = (t: number): number => Math.round(performance.now() - t)
function rss (): number {
  gc()
  return mb(process.memoryUsage().rss)
}

/** A typical user pin: CIDv1 raw, recursive, everywhere, a timestamp. */
function pinBytes (i: number): Uint8Array {
  const cid = CID.createV1(0x55, Digest.create(0x12, createHash('sha256').update(String(i)).digest()))
  return pins.encode({ cid: cid.bytes, type: 'PIN_TYPE_PIN', max_depth: -1, replication_factor_min: -1, replication_factor_max: -1, timestamp: 1714557600000 + i })
}

const root = mkdtempSync(join(tmpdir(), 'state-bench-'))
const folder = join(root, 'ipfs-cluster-data')
try {
  const baseline = rss()
  const storage = DurableStorage.open(folder)
  for (let i = 0; i < PINS; i++) storage.state.put(pinBytes(i))
  const stateMb = rss() - baseline
  storage.append([{ index: 1, term: 1, kind: EntryKind.NOOP, data: new Uint8Array() }])
  storage.sync()
  const writes: number[] = []
  for (let r = 0; r < RUNS; r++) {
    const t = performance.now()
    storage.createSnapshot({ index: 1, term: 1, configuration: { voters: ['a'], learners: [] }, configurationIndex: 1 })
    writes.push(since(t))
  }
  const stateBin = statSync(storage.snapshotStatePath() as string).size
  storage.close()

  const loads: number[] = []
  const loadedRss: number[] = []
  for (let r = 0; r < RUNS; r++) {
    const before = rss()
    const t = performance.now()
    const s = DurableStorage.open(folder)
    loads.push(since(t))
    loadedRss.push(rss() - before)
    s.close()
  }

  const file = join(root, 'export.ndjson')
  let t = performance.now()
  const out = createWriteStream(file)
  await exportState(folder, out)
  out.end()
  await once(out, 'finish')
  const exportMs = since(t)
  t = performance.now()
  await importState(folder, createReadStream(file), { defaultReplicationMin: -1, defaultReplicationMax: -1, peers: ['a'], backupsRotate: 1 })
  const importMs = since(t)

  console.log('BENCH ' + JSON.stringify({
    name: `consensus state storage (${PINS} pins)`,
    runs: RUNS,
    figures: [
      { label: 'pinset memory (RSS growth after GC)', unit: 'MB', samples: [stateMb] },
      { label: 'state loaded from a snapshot (RSS growth after GC)', unit: 'MB', samples: loadedRss },
      { label: 'snapshot write (state.bin + meta.json, fsync)', unit: 'ms', samples: writes },
      { label: 'start from the snapshot (read, check CRC, load)', unit: 'ms', samples: loads, target: '≤ 30000 (restart with 1 M pins, consensus.md §12.4)' },
      { label: 'state export (NDJSON)', unit: 'ms', samples: [exportMs] },
      { label: 'state import (parse, validate, snapshot)', unit: 'ms', samples: [importMs] },
      { label: 'state.bin size', unit: 'MB', samples: [mb(stateBin)] }
    ],
    notes: 'One process; the state is synthetic CIDv1 raw pins replicated everywhere. Export/import run once each.'
  }))
} finally {
  rmSync(root, { recursive: true, force: true })
}
