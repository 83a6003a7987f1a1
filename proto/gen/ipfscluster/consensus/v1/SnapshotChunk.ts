// Original file: ipfscluster/v1/consensus.proto

import type { Configuration as _ipfscluster_consensus_v1_Configuration, Configuration__Output as _ipfscluster_consensus_v1_Configuration__Output } from '../../../ipfscluster/consensus/v1/Configuration.js';
import type { Long } from '@grpc/proto-loader';

/**
 * One chunk of a snapshot sent with InstallSnapshot (1 MiB data chunks).
 */
export interface SnapshotChunk {
  /**
   * Snapshot id "<term>-<index>-<unix ms>".
   */
  'id'?: (string);
  /**
   * Last index the snapshot covers.
   */
  'index'?: (number | string | Long);
  /**
   * Term of that entry.
   */
  'term'?: (number | string | Long);
  /**
   * Membership as of the snapshot.
   */
  'configuration'?: (_ipfscluster_consensus_v1_Configuration | null);
  /**
   * Index of that configuration entry.
   */
  'configuration_index'?: (number | string | Long);
  /**
   * Total size of state.bin, bytes.
   */
  'size'?: (number | string | Long);
  /**
   * crc32c of the whole state.bin, lower-case hex.
   */
  'crc32c'?: (string);
  /**
   * State format version of state.bin.
   */
  'state_format'?: (number);
  /**
   * Byte offset of `data` in state.bin.
   */
  'offset'?: (number | string | Long);
  /**
   * Chunk bytes (≤ 1 MiB).
   */
  'data'?: (Buffer | Uint8Array | string);
  /**
   * True on the last chunk.
   */
  'done'?: (boolean);
}

/**
 * One chunk of a snapshot sent with InstallSnapshot (1 MiB data chunks).
 */
export interface SnapshotChunk__Output {
  /**
   * Snapshot id "<term>-<index>-<unix ms>".
   */
  'id': (string);
  /**
   * Last index the snapshot covers.
   */
  'index': (string);
  /**
   * Term of that entry.
   */
  'term': (string);
  /**
   * Membership as of the snapshot.
   */
  'configuration': (_ipfscluster_consensus_v1_Configuration__Output | null);
  /**
   * Index of that configuration entry.
   */
  'configuration_index': (string);
  /**
   * Total size of state.bin, bytes.
   */
  'size': (string);
  /**
   * crc32c of the whole state.bin, lower-case hex.
   */
  'crc32c': (string);
  /**
   * State format version of state.bin.
   */
  'state_format': (number);
  /**
   * Byte offset of `data` in state.bin.
   */
  'offset': (string);
  /**
   * Chunk bytes (≤ 1 MiB).
   */
  'data': (Buffer);
  /**
   * True on the last chunk.
   */
  'done': (boolean);
}
