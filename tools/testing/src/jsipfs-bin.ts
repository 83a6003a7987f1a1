import { existsSync, realpathSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

/** The command that installs js-ipfs for the tests (root package.json script). */
export const JSIPFS_INSTALL_COMMAND = 'npm run jsipfs:install'

/**
 * The jsipfs executable: `$JSIPFS_BIN`, else `tools/jsipfs/node_modules/.bin/jsipfs`
 * of the repository this file belongs to (found by walking up from this
 * module, so it works from `src/` and from `dist/src/`).
 */
export function jsipfsBinPath (): string {
  const fromEnv = process.env.JSIPFS_BIN
  if (fromEnv !== undefined && fromEnv !== '') return fromEnv
  let dir = dirname(fileURLToPath(import.meta.url))
  for (;;) {
    if (existsSync(join(dir, 'tools', 'jsipfs', 'package.json'))) {
      return join(dir, 'tools', 'jsipfs', 'node_modules', '.bin', 'jsipfs')
    }
    const parent = dirname(dir)
    if (parent === dir) break
    dir = parent
  }
  // not inside the repository: point at the expected place relative to dist/src
  return fileURLToPath(new URL('../../../jsipfs/node_modules/.bin/jsipfs', import.meta.url))
}

/** How to run the jsipfs CLI with this very Node; a clear error when js-ipfs is not installed. */
export function resolveCommand (bin: string): { command: string, prefix: string[] } {
  if (!existsSync(bin)) {
    throw new Error(`js-ipfs is not installed: ${bin} does not exist. ` +
      `Install it with \`${JSIPFS_INSTALL_COMMAND}\` at the repository root ` +
      '(= npm install --prefix tools/jsipfs --no-audit --no-fund).')
  }
  const real = realpathSync(bin)
  // run the CLI script with this very Node (the bin's shebang would pick whatever `node` is on PATH)
  if (/\.[cm]?js$/.test(real)) return { command: process.execPath, prefix: [real] }
  return { command: real, prefix: [] }
}
