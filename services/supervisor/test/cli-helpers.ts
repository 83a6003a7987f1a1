import { execFile } from 'node:child_process'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { spawnChild, type Child } from '@ipfscluster/testing'

export const BIN = fileURLToPath(new URL('../../bin/ipfs-cluster-service.js', import.meta.url))

export interface CliResult { code: number, stdout: string, stderr: string }

/** Runs the real ipfs-cluster-service binary to completion. */
export async function cli (args: string[], options: { env?: Record<string, string | undefined>, input?: string } = {}): Promise<CliResult> {
  return new Promise(resolve => {
    const child = execFile(process.execPath, [BIN, ...args], { env: { ...process.env, ...options.env }, timeout: 60_000, maxBuffer: 64 * 1024 * 1024 }, (err, stdout, stderr) => {
      resolve({ code: err === null ? 0 : typeof err.code === 'number' ? err.code : 1, stdout, stderr })
    })
    child.stdin?.end(options.input ?? '')
  })
}

/** Starts `ipfs-cluster-service -c <dir> daemon <daemonArgs>` in the background. */
export function startDaemon (dir: string, daemonArgs: string[] = [], env: Record<string, string> = {}): Child {
  return spawnChild(process.execPath, [BIN, '-c', dir, 'daemon', ...daemonArgs], { env: { ...process.env, ...env } })
}

/** `init`s a folder and sets keys so that several test peers fit on one machine and react fast. */
export async function initTestPeer (dir: string, edit: (json: any) => void = () => {}): Promise<any> {
  const res = await cli(['-c', dir, 'init'])
  if (res.code !== 0) throw new Error(`init failed: ${res.stderr}`)
  const file = join(dir, 'service.json')
  const json = JSON.parse(await readFile(file, 'utf8'))
  json.cluster.listen_multiaddress = '/ip4/127.0.0.1/tcp/0'
  json.api.restapi.listen_multiaddress = '/ip4/127.0.0.1/tcp/0'
  json.ipfs_connector.ipfshttp.proxy_listen_multiaddress = '/ip4/127.0.0.1/tcp/0'
  json.supervisor.health_check_interval = '200ms'
  json.supervisor.restart_delay = '100ms'
  edit(json)
  await writeFile(file, JSON.stringify(json, null, 2) + '\n')
  return json
}

/** The PIDs the daemon logged for its children (`<service> started pid=N`), the latest per service. */
export function childPids (output: string): Record<string, number> {
  const pids: Record<string, number> = {}
  for (const m of output.matchAll(/(peer-management|consensus|ipfs-connector) started pid=(\d+)/g)) pids[m[1]] = Number(m[2])
  return pids
}
