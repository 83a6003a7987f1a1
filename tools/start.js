#!/usr/bin/env node
// `npm start`: runs one peer in the foreground from a config folder in the
// repository (.local-peer/), initialised on first use with the embedded IPFS
// node, so a fresh clone needs no IPFS daemon.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const folder = process.env.IPFS_CLUSTER_PATH ?? fileURLToPath(new URL('../.local-peer', import.meta.url))
const bin = fileURLToPath(new URL('../services/supervisor/bin/ipfs-cluster-service.js', import.meta.url))
const init = (args, env = {}) => spawnSync(process.execPath, [bin, '-c', folder, ...args], { stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1

if (!existsSync(`${folder}/service.json`)) {
  const code = init(['init'], { CLUSTER_EMBEDDED_ENABLED: 'true' })
  if (code !== 0) process.exit(code)
}
// The daemon runs in its own process group so that Ctrl-C reaches it once,
// passed on by this wrapper (a second SIGINT means "hurry" to the daemon).
const daemon = spawn(process.execPath, [bin, '-c', folder, 'daemon', ...process.argv.slice(2)], { stdio: 'inherit', detached: true })
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => { daemon.kill(signal) })
daemon.on('exit', code => { process.exit(code ?? 1) })
