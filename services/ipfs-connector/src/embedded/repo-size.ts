/** Bytes of the files below a folder (the embedded node's `RepoSize`). */
import { readdir, stat } from 'node:fs/promises'
import { join } from 'node:path'

/** Sum of the sizes of every file below `dir` (0 when it does not exist). */
export async function folderSize (dir: string): Promise<bigint> {
  let total = 0n
  let entries
  try {
    entries = await readdir(dir, { withFileTypes: true })
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return 0n
    throw err
  }
  for (const entry of entries) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) total += await folderSize(path)
    else if (entry.isFile()) total += BigInt((await stat(path)).size)
  }
  return total
}
