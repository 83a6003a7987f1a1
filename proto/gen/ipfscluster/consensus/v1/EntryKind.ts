// Original file: ipfscluster/v1/consensus.proto

/**
 * Kind of a log entry (consensus.md §3).
 */
export const EntryKind = {
  /**
   * Not set: invalid.
   */
  ENTRY_KIND_UNSPECIFIED: 'ENTRY_KIND_UNSPECIFIED',
  /**
   * `data` is an encoded ipfscluster.types.v1.Op.
   */
  ENTRY_KIND_COMMAND: 'ENTRY_KIND_COMMAND',
  /**
   * A new leader's first entry; `data` empty.
   */
  ENTRY_KIND_NOOP: 'ENTRY_KIND_NOOP',
  /**
   * `data` is an encoded Configuration.
   */
  ENTRY_KIND_CONFIGURATION: 'ENTRY_KIND_CONFIGURATION',
  /**
   * Barrier; `data` empty.
   */
  ENTRY_KIND_BARRIER: 'ENTRY_KIND_BARRIER',
} as const;

/**
 * Kind of a log entry (consensus.md §3).
 */
export type EntryKind =
  /**
   * Not set: invalid.
   */
  | 'ENTRY_KIND_UNSPECIFIED'
  | 0
  /**
   * `data` is an encoded ipfscluster.types.v1.Op.
   */
  | 'ENTRY_KIND_COMMAND'
  | 1
  /**
   * A new leader's first entry; `data` empty.
   */
  | 'ENTRY_KIND_NOOP'
  | 2
  /**
   * `data` is an encoded Configuration.
   */
  | 'ENTRY_KIND_CONFIGURATION'
  | 3
  /**
   * Barrier; `data` empty.
   */
  | 'ENTRY_KIND_BARRIER'
  | 4

/**
 * Kind of a log entry (consensus.md §3).
 */
export type EntryKind__Output = typeof EntryKind[keyof typeof EntryKind]
