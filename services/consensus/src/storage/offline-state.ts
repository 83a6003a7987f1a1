/**
 * Reading a data folder without running Raft (the `state` commands): the
 * pinset of the snapshot plus the committed log, the last (index, term), the
 * persisted configuration.
 */
import { decodeConfiguration } from '../raft/configuration.js'
import { EntryKind, type Configuration, type HardState } from '../raft/types.js'
import { hasState } from './data-folder.js'
import { DurableStorage } from './durable-storage.js'
import type { FileLayer } from './file-layer.js'

/** Entries read from the log at a time. */
const READ_BATCH = 1024

/** What the offline tools need from an existing folder. */
export interface OfflineState {
  /** The storage; its `state` holds every committed pin when they were asked for. */
  storage: DurableStorage
  lastIndex: number
  lastTerm: number
  hardState: HardState
  /** The newest configuration in the log or the snapshot, with the index that carried it. */
  configuration?: { configuration: Configuration, index: number }
}

/**
 * Opens `folder` and, with `pins`, loads the pinset and replays the committed
 * entries into it; undefined when the folder holds no state.
 */
export function readOffline (folder: string, files: FileLayer, pins: boolean): OfflineState | undefined {
  if (!files.exists(folder) || !hasState(files, folder)) return undefined
  const storage = DurableStorage.open(folder, { files, loadState: pins })
  const snap = storage.snapshot()
  let configuration = snap.index > 0 && snap.configuration.voters.length > 0
    ? { configuration: snap.configuration, index: snap.configurationIndex }
    : undefined
  const commit = storage.initialState().commit
  const last = storage.lastIndex()
  for (let lo = storage.firstIndex(); lo <= last; lo += READ_BATCH) {
    for (const e of storage.entries(lo, Math.min(last + 1, lo + READ_BATCH))) {
      if (pins && e.index > snap.index && e.index <= commit) storage.state.apply(e)
      if (e.kind === EntryKind.CONFIGURATION && e.index >= (configuration?.index ?? 0)) {
        configuration = { configuration: decodeConfiguration(e.data), index: e.index }
      }
    }
  }
  return { storage, lastIndex: last, lastTerm: storage.term(last), hardState: storage.initialState(), configuration }
}
