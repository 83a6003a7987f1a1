/**
 * `.old.N` backups of the data folder (consensus.md §8.3).
 */
import { basename, dirname, join } from 'node:path'
import type { FileLayer } from './file-layer.js'
import { hasState } from './data-folder.js'

/** What {@link rotate} did with the folder. */
export type RotateResult = 'rotated' | 'removed' | 'absent'

/**
 * Moves `folder` to `folder.old.0`, shifting older backups up by one and
 * deleting those beyond `keep` (so `.old.0` … `.old.(keep−1)` remain). A
 * folder without state is deleted instead. Durable when this returns.
 */
export function rotate (files: FileLayer, folder: string, keep: number): RotateResult {
  if (!files.exists(folder)) return 'absent'
  const parent = dirname(folder)
  if (!hasState(files, folder)) {
    files.remove(folder)
    files.syncDir(parent)
    return 'removed'
  }
  const prefix = `${basename(folder)}.old.`
  const backups = files.list(parent)
    .filter(n => n.startsWith(prefix) && /^\d+$/.test(n.slice(prefix.length)))
    .map(n => Number(n.slice(prefix.length)))
    .sort((a, b) => b - a)
  const old = (n: number): string => join(parent, `${prefix}${n}`)
  for (const n of backups) {
    if (n + 1 >= keep) files.remove(old(n))
    else files.rename(old(n), old(n + 1))
  }
  files.rename(folder, old(0))
  files.syncDir(parent)
  return 'rotated'
}
