import {
  allocationStrategy, InvalidConfigError, loadConfig, logger, peerAddress, saveConfig, withAllocationStrategy,
  type AllocationStrategy, type LoadedConfig
} from '@ipfscluster/chassis'
import type { CommandContext } from '../cli/context.js'
import { CliError } from '../cli/io.js'

const log = logger('config')

/** The strategy of `--alloc` (cli.md §2.2). @throws CliError for an unknown one */
export function allocationFlag (ctx: CommandContext): AllocationStrategy {
  try {
    return allocationStrategy(String(ctx.local.alloc ?? ctx.global.alloc ?? 'disk-freespace'))
  } catch (err) {
    throw new CliError('', (err as Error).message)
  }
}

/**
 * Loads and validates the whole configuration, then applies the daemon's
 * flags (cli.md §5.1 steps 3-6) and persists what they change.
 */
export async function daemonConfig (ctx: CommandContext): Promise<LoadedConfig> {
  let loaded: LoadedConfig
  try {
    loaded = await loadConfig(ctx.folder, { env: ctx.io.env })
  } catch (err) {
    if (err instanceof InvalidConfigError) throw new CliError('loading configuration', err.message)
    throw err
  }
  for (const n of loaded.notices) log[n.level](n.message)
  const cluster = loaded.config.cluster
  let changed = false

  const bootstrap = String(ctx.local.bootstrap ?? ctx.global.bootstrap ?? '')
  if (bootstrap !== '') {
    const addrs = bootstrap.split(',').map(a => a.trim()).filter(a => a !== '').map(a => {
      try {
        return peerAddress(a)
      } catch (err) {
        throw new CliError('parsing multiaddress', `${a}: ${(err as Error).message}`)
      }
    })
    if (cluster.peers.length > 0 && !ctx.force) throw new CliError('', 'the configuration provides cluster.peers. Use -f to ignore and proceed bootstrapping')
    cluster.bootstrap = addrs
    cluster.peers = []
    changed = true
  }
  if (ctx.local.leave === true || ctx.global.leave === true) {
    changed ||= !cluster.leaveOnShutdown
    cluster.leaveOnShutdown = true
  }
  loaded.config = withAllocationStrategy(loaded.config, allocationFlag(ctx))
  if (ctx.local.tracing === true) loaded.config.tracing.enableTracing = true
  if (ctx.local.stats === true) loaded.config.metrics.enableStats = true
  if (ctx.local['no-trust'] === true) log.warn('--no-trust only applies to crdt consensus; ignored')
  if (changed) {
    try {
      await saveConfig(loaded, { peers: cluster.peers, bootstrap: cluster.bootstrap, leaveOnShutdown: cluster.leaveOnShutdown })
    } catch (err) {
      throw new CliError('saving configuration', (err as Error).message)
    }
  }
  return loaded
}
