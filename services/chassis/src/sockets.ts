import { createHash } from 'node:crypto'
import { join } from 'node:path'
import { tmpdir } from 'node:os'

/** Linux's sun_path holds 108 bytes including the terminating NUL. */
const MAX_SOCKET_PATH = 107
const LONGEST_SOCKET_NAME = 'peer-management.sock'

/**
 * The folder holding the peer's local gRPC sockets: `<config>/sockets`, or a
 * short per-folder path under $XDG_RUNTIME_DIR (or the temp dir) when that
 * would make a socket path too long for Linux.
 */
export function socketDir (configFolder: string, env: NodeJS.ProcessEnv = process.env): { dir: string, relocated: boolean } {
  const preferred = join(configFolder, 'sockets')
  if (Buffer.byteLength(join(preferred, LONGEST_SOCKET_NAME)) <= MAX_SOCKET_PATH) return { dir: preferred, relocated: false }
  const tag = createHash('sha256').update(configFolder).digest('hex').slice(0, 8)
  return { dir: join(env.XDG_RUNTIME_DIR ?? tmpdir(), `ipfs-cluster-${tag}`), relocated: true }
}

/** The socket of one service in `dir`. */
export function socketPath (dir: string, service: string): string {
  return join(dir, `${service}.sock`)
}
