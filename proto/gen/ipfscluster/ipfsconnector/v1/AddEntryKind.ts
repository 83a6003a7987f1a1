// Original file: ipfscluster/v1/ipfs_connector.proto

/**
 * Kind of an add entry (multipart part).
 */
export const AddEntryKind = {
  /**
   * A regular file; content follows as `data`.
   */
  ADD_ENTRY_KIND_FILE: 'ADD_ENTRY_KIND_FILE',
  /**
   * A directory (`application/x-directory`); no content.
   */
  ADD_ENTRY_KIND_DIRECTORY: 'ADD_ENTRY_KIND_DIRECTORY',
  /**
   * A symlink (`application/symlink`); content = target path.
   */
  ADD_ENTRY_KIND_SYMLINK: 'ADD_ENTRY_KIND_SYMLINK',
} as const;

/**
 * Kind of an add entry (multipart part).
 */
export type AddEntryKind =
  /**
   * A regular file; content follows as `data`.
   */
  | 'ADD_ENTRY_KIND_FILE'
  | 0
  /**
   * A directory (`application/x-directory`); no content.
   */
  | 'ADD_ENTRY_KIND_DIRECTORY'
  | 1
  /**
   * A symlink (`application/symlink`); content = target path.
   */
  | 'ADD_ENTRY_KIND_SYMLINK'
  | 2

/**
 * Kind of an add entry (multipart part).
 */
export type AddEntryKind__Output = typeof AddEntryKind[keyof typeof AddEntryKind]
