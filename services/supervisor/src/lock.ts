import { open, readFile, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { logger } from '@ipfscluster/chassis'
import { CliError } from './cli/io.js'

/** The execution lock of a config folder (cli.md §7). */
export interface ExecutionLock {
  path: string
  release: () => Promise<void>
}

function lockError (folder: string, cause?: string): CliError {
  const message = `could not obtain execution lock.  If no other process is running, remove ${join(folder, 'cluster.lock')}, or make sure that the config folder is writable for the user running ipfs-cluster-service.`
  return new CliError('acquiring execution lock', cause === undefined ? message : `${message} (${cause})`)
}

function alive (pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/**
 * Takes `<folder>/cluster.lock` (created exclusively, holding our PID) so two
 * daemons or state commands never share a folder. A lock left by a dead
 * process (after kill -9) is taken over with a warning.
 */
export async function acquireLock (folder: string): Promise<ExecutionLock> {
  const path = join(folder, 'cluster.lock')
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = await open(path, 'wx', 0o600)
      await fd.writeFile(`${process.pid}\n`)
      await fd.sync()
      await fd.close()
      let released = false
      const releaseSync = (): void => { if (!released) { released = true; void rm(path, { force: true }) } }
      process.once('exit', releaseSync)
      return {
        path,
        release: async () => {
          process.removeListener('exit', releaseSync)
          if (!released) { released = true; await rm(path, { force: true }) }
        }
      }
    } catch (err) {
      const e = err as NodeJS.ErrnoException
      if (e.code !== 'EEXIST') throw lockError(folder, e.message)
      const holder = Number.parseInt((await readFile(path, 'utf8').catch(() => '')).trim(), 10)
      if (Number.isInteger(holder) && holder > 0 && alive(holder)) throw lockError(folder)
      logger('service').warn(`removed stale execution lock left by process ${Number.isNaN(holder) ? 'unknown' : holder}`)
      await rm(path, { force: true })
    }
  }
  throw lockError(folder)
}
