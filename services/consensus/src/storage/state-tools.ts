/**
 * The offline `state` tools (consensus.md §9, cli.md §6): export, import,
 * cleanup and the format version. No network; the caller holds the execution
 * lock and prints progress (`onProgress` fires every 10 000 pins).
 */
import { logger } from '@ipfscluster/chassis'
import { once } from 'node:events'
import type { Writable } from 'node:stream'
import { makeConfiguration } from '../raft/configuration.js'
import { rotate, type RotateResult } from './backups.js'
import { cidText } from './cid-text.js'
import { prepareDataFolder } from './data-folder.js'
import { InvalidStateInputError } from './errors.js'
import { NodeFileLayer, type FileLayer } from './file-layer.js'
import { JsonInputError, jsonObjects } from './json-input.js'
import { readOffline } from './offline-state.js'
import { exportLine, importPin, parsePeerId, type ImportPinOptions } from './pin-json.js'
import { PinState } from './pin-state.js'
import { SnapshotStore } from './snapshot-store.js'
import { writeStable } from './stable-store.js'
import { STATE_FORMAT, writeStateFile } from './state-file.js'

const log = logger('raft')

/** Pins between two progress reports. */
export const PROGRESS_EVERY = 10_000

export type Progress = (pins: number) => void

/** The state format this build writes (`state version`). */
export function formatVersion (): number {
  return STATE_FORMAT
}

/**
 * Writes every committed pin of `folder` to `out` as NDJSON, sorted by CID
 * string; a missing or empty state writes nothing. Resolves with the count.
 */
export async function exportState (folder: string, out: Writable, onProgress: Progress = () => {}, files: FileLayer = new NodeFileLayer()): Promise<number> {
  const offline = readOffline(folder, files, true)
  if (offline === undefined) return 0
  let n = 0
  let batch = ''
  for (const pin of offline.storage.state.sortedBy(cidText)) {
    batch += exportLine(pin) + '\n'
    if (++n % PROGRESS_EVERY === 0) onProgress(n)
    if (batch.length > 1 << 20) batch = await write(out, batch)
  }
  await write(out, batch)
  offline.storage.close()
  return n
}

async function write (out: Writable, text: string): Promise<string> {
  if (text !== '' && !out.write(text)) await once(out, 'drain')
  return ''
}

export interface ImportOptions extends Omit<ImportPinOptions, 'now'> {
  /** Voters when the folder has no persisted configuration: `cluster.peers` + self. */
  peers: readonly string[]
  /** `consensus.raft.backups_rotate`. */
  backupsRotate: number
  files?: FileLayer
  now?: number
}

/**
 * Replaces the state of `folder` with the pins of `input`: parses and validates
 * everything first (nothing changes on error), rotates the old folder, then
 * writes a snapshot at the old (index, term) — or (1, 1) — with the persisted
 * configuration or `peers`. Resolves with the number of pins.
 * @throws InvalidStateInputError `line N: <problem>`
 */
export async function importState (folder: string, input: AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>,
  options: ImportOptions, onProgress: Progress = () => {}): Promise<number> {
  const files = options.files ?? new NodeFileLayer()
  const pinOptions = { ...options, allocations: options.allocations?.map(checkAllocation), now: options.now ?? Date.now() }
  const pins = new PinState()
  let n = 0
  try {
    for await (const { value, line } of jsonObjects(input)) {
      let pin: Uint8Array
      try {
        pin = importPin(value, pinOptions)
      } catch (err) {
        throw new InvalidStateInputError(`line ${line}: ${(err as Error).message}`)
      }
      if (pins.put(pin)) log.warn('duplicate CID in the imported state: the last one wins', { line })
      if (++n % PROGRESS_EVERY === 0) onProgress(n)
    }
  } catch (err) {
    throw err instanceof JsonInputError ? new InvalidStateInputError(err.message) : err
  }
  const old = readOffline(folder, files, false)
  old?.storage.close()
  rotate(files, folder, options.backupsRotate)
  const index = old?.lastIndex ?? 1
  const term = old?.lastTerm ?? 1
  const configuration = old?.configuration ?? { configuration: makeConfiguration(options.peers), index }
  const paths = prepareDataFolder(files, folder)
  new SnapshotStore(files, paths.snapshots).write(
    { index, term, configuration: configuration.configuration, configurationIndex: configuration.index },
    path => writeStateFile(files, path, pins.size, pins.sorted()))
  const hard = old?.hardState ?? { term: 1, vote: null, commit: 1 }
  writeStable(files, paths.stable, { ...hard, term: Math.max(hard.term, term), commit: index })
  files.close()
  return pins.size
}

function checkAllocation (id: string): string {
  try {
    return parsePeerId(id)
  } catch (err) {
    throw new InvalidStateInputError(`--allocations: ${(err as Error).message}`)
  }
}

/** `state cleanup`: rotates the folder to `.old.0` (or deletes it when it holds no state). */
export function cleanup (folder: string, backupsRotate: number, files: FileLayer = new NodeFileLayer()): RotateResult {
  return rotate(files, folder, backupsRotate)
}
