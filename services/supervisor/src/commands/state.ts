import { InvalidConfigError, loadConfig } from '@ipfscluster/chassis'
import { confirm } from '../cli/confirm.js'
import type { CommandContext } from '../cli/context.js'
import { CliError } from '../cli/io.js'
import { forgetTrackerProgress } from '../core/tracker/index.js'
import { acquireLock } from '../lock.js'
import { runStateTool } from '../process/state-tool.js'

const PROMPTS: Record<string, string> = {
  import: 'The pinset (state) of this peer will be replaced. Continue? [y/n]:',
  cleanup: 'The peer state will be removed.  Existing pins may be lost. Continue? [y/n]:'
}

/** The tool's arguments for `state <sub>` from the command's flags (cli.md §6). */
function toolArgs (sub: string, ctx: CommandContext): string[] {
  const args = [sub]
  const flag = (name: string, as: string): void => { if (typeof ctx.local[name] === 'string') args.push(`--${as}`, String(ctx.local[name])) }
  if (sub === 'export') flag('file', 'file')
  if (sub === 'import') {
    flag('replication-min', 'rmin')
    flag('replication-max', 'rmax')
    flag('allocations', 'allocs')
    args.push(...ctx.args)
  }
  return args
}

/**
 * `ipfs-cluster-service state <sub>`: takes the lock, validates the
 * configuration, asks before destroying, then runs the consensus service's
 * offline state tool, which prints data, progress and errors itself.
 */
export async function stateCommand (ctx: CommandContext, sub: string): Promise<number> {
  const run = async (): Promise<number> => runStateTool(toolArgs(sub, ctx), { folder: ctx.folder, env: ctx.io.env, logging: ctx.logging, stdio: 'inherit' })
  if (sub === 'version') return run()
  const lock = await acquireLock(ctx.folder)
  try {
    try {
      await loadConfig(ctx.folder, { env: ctx.io.env })
    } catch (err) {
      if (err instanceof InvalidConfigError) throw new CliError('loading configuration', err.message)
      throw err
    }
    const prompt = PROMPTS[sub]
    if (prompt !== undefined && !ctx.force && !await confirm(ctx.io, prompt)) return 0
    const code = await run()
    // A replaced state starts a new log: the tracker's saved index would skip its first entries.
    if (code === 0 && prompt !== undefined) await forgetTrackerProgress(ctx.folder)
    return code
  } finally {
    await lock.release()
  }
}
