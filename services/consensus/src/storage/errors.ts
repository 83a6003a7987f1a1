/**
 * Named errors of the durable storage layer (conventions.md §6). Each `name`
 * is its class name; the shell reports them as start failures.
 */
import { ClusterError, InvalidParametersError } from '@ipfscluster/chassis'

/**
 * A WAL frame before the tail is unreadable: the log cannot be trusted, so the
 * node refuses to start (consensus.md §8.1). The message is the one the CLI prints.
 */
export class LogCorruptedError extends ClusterError {
  constructor (readonly file: string, readonly offset: number, readonly detail: string) {
    super(`error starting cluster: consensus: log corrupted at wal/${file}:${offset}: ${detail}; run "ipfs-cluster-service state cleanup" and rejoin`)
  }
}

/** The `stable` file (term and vote) fails its checksum or cannot be parsed. */
export class StableStoreCorruptedError extends ClusterError {}

/** A snapshot's `meta.json` or `state.bin` is unreadable or fails its checksum. */
export class SnapshotCorruptedError extends ClusterError {}

/** The data folder was written by a newer (or unknown) state format. */
export class StateFormatError extends ClusterError {}

/** `state import` input that is not valid; the message says where (`line N: …`). */
export class InvalidStateInputError extends InvalidParametersError {}
