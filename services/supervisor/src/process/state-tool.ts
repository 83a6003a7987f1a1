import { spawn, type StdioOptions } from 'node:child_process'
import { once } from 'node:events'
import { formatLogLevels, type LoggingSettings } from '@ipfscluster/chassis'
import { preloadScript, stateToolScript } from './service-scripts.js'

/** Where and how the state tool runs. */
export interface StateToolOptions {
  folder: string
  env: NodeJS.ProcessEnv
  logging: LoggingSettings
  stdio: StdioOptions
}

/**
 * Runs the consensus service's offline state tool with these arguments and
 * resolves with its exit code. The tool prints its data, progress and errors
 * itself.
 */
export async function runStateTool (args: readonly string[], o: StateToolOptions): Promise<number> {
  const tool = spawn(process.execPath, ['--import', preloadScript(), stateToolScript(), ...args], {
    stdio: o.stdio,
    env: { ...o.env, IPFS_CLUSTER_PATH: o.folder, IPFS_CLUSTER_SERVICE: 'consensus', IPFS_CLUSTER_LOG_LEVEL: formatLogLevels(o.logging.levels), IPFS_CLUSTER_LOG_FORMAT: o.logging.format }
  })
  const [code] = await once(tool, 'exit') as [number | null]
  return code ?? 1
}
