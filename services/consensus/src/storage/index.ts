/**
 * Durable storage of the consensus service (consensus.md §8, §9): the WAL,
 * the stable store, snapshots, `.old.N` backups, the pinset state machine,
 * the FaultyFS test hook and the offline `state` tools.
 */
export { DurableStorage, CACHED_ENTRIES, type DurableStorageOptions } from './durable-storage.js'
export { PinState } from './pin-state.js'
export { NodeFileLayer, type FileLayer } from './file-layer.js'
export { FaultyFileLayer, type CrashOptions } from './faulty-file-layer.js'
export { rotate, type RotateResult } from './backups.js'
export { dataPaths, readFormat, type DataPaths } from './data-folder.js'
export { SEGMENT_BYTES } from './wal.js'
export { SNAPSHOTS_KEPT } from './snapshot-store.js'
export type { StoredSnapshot } from './snapshot-meta.js'
export { STATE_FORMAT, readStateFile } from './state-file.js'
export { exportState, importState, cleanup, formatVersion, PROGRESS_EVERY, type ImportOptions, type Progress } from './state-tools.js'
export {
  LogCorruptedError, StableStoreCorruptedError, SnapshotCorruptedError, StateFormatError, InvalidStateInputError
} from './errors.js'
