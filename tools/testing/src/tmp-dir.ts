import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/**
 * A fresh folder with a short path: Unix socket paths live below it and Linux
 * limits them to 107 bytes.
 */
export async function shortTmpDir (prefix = 'ict'): Promise<string> {
  const base = tmpdir().length <= 20 ? tmpdir() : '/tmp'
  return mkdtemp(join(base, `${prefix}-`))
}

export async function removeDir (path: string): Promise<void> {
  await rm(path, { recursive: true, force: true, maxRetries: 3 })
}
