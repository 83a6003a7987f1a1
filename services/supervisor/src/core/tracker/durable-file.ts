import { open, rename } from 'node:fs/promises'
import { dirname } from 'node:path'

/**
 * Replaces `file` with `text` so that a crash leaves the old or the new
 * content, never a torn one: temp file, fsync, rename, fsync of the folder.
 */
export async function replaceFile (file: string, text: string, encoding: BufferEncoding = 'utf8'): Promise<void> {
  const tmp = `${file}.tmp`
  await writeSynced(tmp, 'w', text, encoding)
  await rename(tmp, file)
  const dir = await open(dirname(file), 'r')
  try {
    await dir.sync()
  } finally {
    await dir.close()
  }
}

/** Writes (`w`) or appends (`a`) `text` and fsyncs the file. */
export async function writeSynced (file: string, flags: 'a' | 'w', text: string, encoding: BufferEncoding = 'utf8'): Promise<void> {
  const fh = await open(file, flags, 0o600)
  try {
    await fh.writeFile(text, encoding)
    await fh.sync()
  } finally {
    await fh.close()
  }
}
