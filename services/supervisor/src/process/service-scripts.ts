import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

/** The children, in start order: the transport first, then what depends on it. */
export const CHILD_SERVICES = ['peer-management', 'consensus', 'ipfs-connector'] as const
export type ChildService = typeof CHILD_SERVICES[number]

/** Stop order (cli.md §5.3): consensus commits nothing new and snapshots while its peers are still reachable. */
export const STOP_ORDER: readonly ChildService[] = ['consensus', 'peer-management', 'ipfs-connector']

const require = createRequire(import.meta.url)

function packageDir (name: string): string {
  return dirname(require.resolve(`@ipfscluster/${name}/package.json`))
}

/** The compiled main module of a child service. */
export function serviceScript (name: ChildService): string {
  return join(packageDir(name), 'dist', 'src', 'main.js')
}

/** The chassis preload every process is started with (`node --import`). */
export function preloadScript (): string {
  return join(packageDir('chassis'), 'dist', 'src', 'preload.js')
}

/** The consensus service's offline state tool (`state export|import|cleanup|upgrade|version`). */
export function stateToolScript (): string {
  return join(packageDir('consensus'), 'dist', 'src', 'state-tool.js')
}
