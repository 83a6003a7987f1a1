/**
 * Real IPFS daemons for tests: js-ipfs 0.66.1 (`jsipfs daemon`), installed on
 * its own in `tools/jsipfs` (shared spec ipfs.md §4). Every daemon gets a fresh
 * repo in a short temp folder, is initialised with the `test` profile and
 * loopback-only addresses, is checked before it starts (a missing repo would
 * make `jsipfs daemon` auto-initialise one that dials the internet), and is
 * ready once its `api` file exists, `POST /api/v0/version` answers and it has
 * printed `Daemon is ready`.
 *
 * @example
 * ```ts
 * const ipfs = await startIpfsDaemon()
 * try {
 *   const { Version } = await ipfs.rpc<{ Version: string }>('version')
 *   // node_multiaddress for the connector: ipfs.apiMultiaddr
 * } finally {
 *   await ipfs.stop()
 * }
 * ```
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { installExitHooks, live, tempDirs } from './leftover-daemons.js'
import { rpcCall, type RpcArgs, type RpcOptions } from './ipfs-rpc.js'
import { jsipfsBinPath, resolveCommand } from './jsipfs-bin.js'
import { deepMerge, stripSuffix, tcpOf, verifyRepo } from './ipfs-repo-config.js'
import { OUTPUT_LIMIT, OutputBuffer } from './output-buffer.js'
import { waitFor } from './wait-for.js'

export interface IpfsDaemonOptions {
  /** Label used in error messages. Default `ipfs-<n>`. */
  name?: string
  /** Port of the Kubo-RPC HTTP API on 127.0.0.1; 0 (default) lets the OS pick. */
  apiPort?: number
  /** Port of the read-only HTTP gateway on 127.0.0.1; 0 (default) lets the OS pick. */
  gatewayPort?: number
  /** Port of js-ipfs' own gRPC-over-websocket server on 127.0.0.1; 0 (default) lets the OS pick. */
  rpcPort?: number
  /** libp2p TCP swarm port on 127.0.0.1; 0 (default) lets the OS pick. */
  swarmPort?: number
  /** Start with `--offline` (still listens on the swarm port; `pin/add` of missing content still hangs). */
  offline?: boolean
  /**
   * Extra repo config, deep-merged over the fixture's init config (which is
   * itself merged by js-ipfs over the `test` profile). Bootstrap peers are
   * refused: the init check requires an empty `Bootstrap`.
   */
  config?: Record<string, unknown>
  /** Use this IPFS_PATH (not yet initialised) instead of a fresh temp repo; it is never deleted. */
  repoPath?: string
  /** Keep the temp repo folder after `stop()`. */
  keepRepo?: boolean
  /** Path of the jsipfs executable. Default: `tools/jsipfs/node_modules/.bin/jsipfs`, or `$JSIPFS_BIN`. */
  jsipfsBin?: string
  /** Deadline for `jsipfs init`, ms. Default 90 000. */
  initTimeout?: number
  /** Deadline for readiness after the daemon is spawned, ms. Default 90 000. */
  readyTimeout?: number
  /** Time between SIGTERM and SIGKILL in `stop()`, ms. Default 10 000. */
  stopTimeout?: number
}

export interface IpfsDaemon {
  readonly name: string
  /** `/ip4/127.0.0.1/tcp/N` — the cluster's `node_multiaddress`. */
  readonly apiMultiaddr: string
  /** `http://127.0.0.1:N` (no trailing slash; RPC calls go to `${apiUrl}/api/v0/<cmd>`). */
  readonly apiUrl: string
  /** `http://127.0.0.1:N` of the read-only gateway, when it printed one. */
  readonly gatewayUrl: string | undefined
  /** Swarm listen addresses, each ending in `/p2p/<peerId>`. */
  readonly swarmMultiaddrs: string[]
  readonly peerId: string
  /** IPFS_PATH of this daemon. */
  readonly repoPath: string
  /** Process id of the current daemon process (changes on `restart()`). */
  readonly pid: number
  /** True while the daemon process has not exited. */
  readonly running: boolean
  /** Captured stdout+stderr of init and every daemon run (the last 64 KiB). */
  output: () => string
  /**
   * Calls `POST ${apiUrl}/api/v0/<command>`; `args` become query parameters
   * (an array repeats the key). Answers with the parsed JSON; an NDJSON body of
   * several lines becomes an array; an empty body `undefined`. A non-200
   * answer rejects with an error carrying the status and body.
   */
  rpc: <T = any>(command: string, args?: RpcArgs, options?: RpcOptions) => Promise<T>
  /**
   * SIGTERM, SIGKILL after `stopTimeout`, waits for the exit, then deletes the
   * temp repo (unless `keepRepo`, or `{ keepRepo: true }` here so that
   * `restart()` can bring it back). Idempotent.
   */
  stop: (options?: { keepRepo?: boolean }) => Promise<void>
  /** SIGKILL and wait for the exit. The repo is kept: `restart()` works afterwards; `stop()` cleans up. */
  kill: () => Promise<void>
  /**
   * Stops the daemon if it runs (gracefully), then starts it again on the same
   * repo with the same API, gateway, gRPC and swarm ports and waits until it
   * is ready. Works after `kill()` or `stop({ keepRepo: true })`.
   */
  restart: () => Promise<void>
}

// ---------------------------------------------------------------------------
// the fixture

let counter = 0

interface Listening {
  api: string // /ip4/127.0.0.1/tcp/N
  gateway?: string // /ip4/127.0.0.1/tcp/N
  rpc?: string // /ip4/127.0.0.1/tcp/N
  swarm: string[] // with /p2p/<id>
  peerId: string
}

/**
 * Initialises a fresh repo and starts one js-ipfs daemon; resolves once it is
 * ready. Several calls may run in parallel. Always `stop()` it in teardown
 * (leftovers are SIGKILLed when the test process exits).
 */
export async function startIpfsDaemon (options: IpfsDaemonOptions = {}): Promise<IpfsDaemon> {
  const name = options.name ?? `ipfs-${++counter}`
  const initTimeout = options.initTimeout ?? 90_000
  const readyTimeout = options.readyTimeout ?? 90_000
  const stopTimeout = options.stopTimeout ?? 10_000
  const { command, prefix } = resolveCommand(options.jsipfsBin ?? jsipfsBinPath())
  installExitHooks()

  const out = new OutputBuffer()
  // short: Unix socket paths elsewhere in the tests are limited to 107 bytes
  const base = tmpdir().length <= 20 ? tmpdir() : '/tmp'
  const workDir = await mkdtemp(join(base, 'ipfsd-'))
  const keepRepo = options.keepRepo === true
  if (!keepRepo) tempDirs.add(workDir)
  const repoPath = options.repoPath ?? join(workDir, 'repo')
  const env = { ...process.env, IPFS_PATH: repoPath }

  /** Deletes the temp folder (the repo in it, or only init.json when `repoPath` was given). */
  const cleanupDir = async (): Promise<void> => {
    tempDirs.delete(workDir)
    await rm(workDir, { recursive: true, force: true, maxRetries: 3 })
  }

  const fail = (message: string): Error =>
    new Error(`${name}: ${message}\n--- jsipfs output (IPFS_PATH=${repoPath}) ---\n${out.toString()}`)

  // run a jsipfs command to completion, with a deadline
  const runToEnd = async (args: string[], timeout: number): Promise<number | string> => {
    out.append(`$ jsipfs ${args.join(' ')}\n`)
    const proc = spawn(command, [...prefix, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] })
    live.add(proc)
    proc.stdout.setEncoding('utf8').on('data', (d: string) => out.append(d))
    proc.stderr.setEncoding('utf8').on('data', (d: string) => out.append(d))
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        proc.kill('SIGKILL')
        reject(fail(`jsipfs ${args[0]} did not finish within ${timeout} ms`))
      }, timeout)
      proc.once('error', (err) => { clearTimeout(timer); live.delete(proc); reject(fail(`cannot run jsipfs: ${err.message}`)) })
      proc.once('close', (code, signal) => {
        clearTimeout(timer)
        live.delete(proc)
        resolve(code ?? signal ?? -1)
      })
    })
  }

  // ---- init
  const initConfig = deepMerge({
    Addresses: {
      API: `/ip4/127.0.0.1/tcp/${options.apiPort ?? 0}`,
      Gateway: `/ip4/127.0.0.1/tcp/${options.gatewayPort ?? 0}`,
      // the test profile leaves RPC on 127.0.0.1:5003: a second daemon would die EADDRINUSE
      RPC: `/ip4/127.0.0.1/tcp/${options.rpcPort ?? 0}`,
      Swarm: [`/ip4/127.0.0.1/tcp/${options.swarmPort ?? 0}`]
    },
    Bootstrap: []
  }, options.config ?? {})
  const initFile = join(workDir, 'init.json')
  try {
    await writeFile(initFile, JSON.stringify(initConfig, null, 2))
    const t0 = Date.now()
    // the positional is a config FILE merged over the defaults (inline JSON is refused)
    const code = await runToEnd(['init', '--emptyRepo', '--profile', 'test', initFile], initTimeout)
    out.append(`[fixture] init took ${Date.now() - t0} ms, exit ${code}\n`)
    if (code !== 0) throw fail(`jsipfs init failed (exit ${code})`)
    // jsipfs sometimes exits 0 after an error (e.g. a held repo lock): check the result itself
    await verifyRepo(repoPath, initConfig, fail)
  } catch (err) {
    if (!keepRepo) await cleanupDir()
    throw err
  }

  // ---- daemon runs
  let proc: ChildProcess | undefined
  let runOutput = '' // output of the current run only
  let exited: Promise<void> = Promise.resolve()
  let isRunning = false
  let listening: Listening | undefined
  let stopping: Promise<void> | undefined
  let removed = false

  const spawnDaemon = (): void => {
    const args = ['daemon', '--enable-preload=false', ...(options.offline === true ? ['--offline'] : [])]
    out.append(`$ jsipfs ${args.join(' ')}\n`)
    const p = spawn(command, [...prefix, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] })
    proc = p
    live.add(p)
    isRunning = true
    runOutput = ''
    const onData = (d: string): void => {
      out.append(d)
      if (proc === p && runOutput.length < OUTPUT_LIMIT) runOutput += d
    }
    p.stdout?.setEncoding('utf8').on('data', onData)
    p.stderr?.setEncoding('utf8').on('data', onData)
    // a forgotten stop() must not keep the test process alive: the exit hook kills the daemon then
    p.unref()
    ;(p.stdout as unknown as { unref?: () => void } | null)?.unref?.()
    ;(p.stderr as unknown as { unref?: () => void } | null)?.unref?.()
    exited = new Promise<void>(resolve => {
      const done = (why: string): void => {
        if (!live.has(p)) return
        live.delete(p)
        if (proc === p) isRunning = false
        out.append(`[fixture] daemon pid ${p.pid ?? '?'} ${why}\n`)
        resolve()
      }
      p.once('exit', (code, signal) => done(`exited (${code ?? signal ?? '?'})`))
      p.once('error', (err) => done(`failed to spawn: ${err.message}`))
    })
  }

  const waitReady = async (): Promise<Listening> => {
    const t0 = Date.now()
    const apiFile = join(repoPath, 'api')
    let api: string | undefined
    let versionOk = false
    await waitFor(async () => {
      if (!isRunning) throw fail('jsipfs daemon exited before it was ready')
      if (api === undefined) {
        const text = await readFile(apiFile, 'utf8').catch(() => undefined)
        if (text === undefined || tcpOf(text.trim()) === undefined) return false
        api = stripSuffix(text.trim(), /\/http$/)
      }
      if (!versionOk) {
        const { host, port } = tcpOf(api) as { host: string, port: number }
        try {
          const v = await rpcCall<{ Version?: string }>(`http://${host}:${port}`, 'version', undefined, { timeout: 5_000 })
          versionOk = typeof v?.Version === 'string'
        } catch {
          return false
        }
      }
      // before this line js-ipfs has no SIGTERM handler yet (a stop would leave repo.lock behind)
      return versionOk && runOutput.includes('Daemon is ready')
    }, { timeout: readyTimeout, interval: 100, what: () => `${name} to become ready (api file ${api ?? 'absent'}, version ${versionOk ? 'ok' : 'not answering'})` })
      .catch((err: Error) => { throw err.message.startsWith(name) ? err : fail(err.message) })

    const { host, port } = tcpOf(api as string) as { host: string, port: number }
    const apiUrl = `http://${host}:${port}`
    const id = await rpcCall<{ ID: string, Addresses: string[] }>(apiUrl, 'id')
    const printed = runOutput
    const gateway = /Gateway \(read only\) listening on (\/ip4\/\S+)/.exec(printed)?.[1]
    const rpc = /gRPC listening on (\/ip4\/\S+)/.exec(printed)?.[1]
    out.append(`[fixture] ready after ${Date.now() - t0} ms\n`)
    return {
      api: api as string,
      gateway: gateway === undefined ? undefined : stripSuffix(gateway, /\/http$/),
      rpc: rpc === undefined ? undefined : stripSuffix(rpc, /\/ws$/),
      swarm: (id.Addresses ?? []).filter(a => a.startsWith('/ip4/127.0.0.1/')),
      peerId: id.ID
    }
  }

  const stopProcess = async (signal: 'SIGTERM' | 'SIGKILL'): Promise<void> => {
    const p = proc
    if (p === undefined || !isRunning) { await exited; return }
    p.ref() // keep the event loop alive until the exit has been seen
    p.kill(signal)
    const timer = signal === 'SIGTERM' ? setTimeout(() => { out.append('[fixture] no exit after SIGTERM, sending SIGKILL\n'); p.kill('SIGKILL') }, stopTimeout) : undefined
    try { await exited } finally { if (timer !== undefined) clearTimeout(timer) }
  }

  /** Before a new run: drop what a killed run leaves behind (js-ipfs would refuse with "Lock already being held"). */
  const clearStaleState = async (): Promise<void> => {
    await rm(join(repoPath, 'repo.lock'), { recursive: true, force: true })
    await rm(join(repoPath, 'api'), { force: true })
  }

  /** Pins the ports the last run listened on into the repo config, so the next run binds the same ones. */
  const pinPorts = async (l: Listening): Promise<void> => {
    const configPath = join(repoPath, 'config')
    const config = JSON.parse(await readFile(configPath, 'utf8')) as Record<string, any>
    const addresses = (config.Addresses ?? {}) as Record<string, unknown>
    addresses.API = l.api
    if (l.gateway !== undefined) addresses.Gateway = l.gateway
    if (l.rpc !== undefined) addresses.RPC = l.rpc
    if (l.swarm.length > 0) addresses.Swarm = [...new Set(l.swarm.map(a => stripSuffix(a, /\/p2p\/[^/]+$/)))]
    config.Addresses = addresses
    await writeFile(configPath, JSON.stringify(config, null, 2))
  }

  const startRun = async (): Promise<Listening> => {
    await clearStaleState()
    spawnDaemon()
    try {
      return await waitReady()
    } catch (err) {
      await stopProcess('SIGKILL')
      throw err
    }
  }

  try {
    listening = await startRun()
  } catch (err) {
    if (!keepRepo) await cleanupDir()
    throw err
  }

  const current = (): Listening => {
    if (listening === undefined) throw new Error(`${name}: not started`)
    return listening
  }

  const daemon: IpfsDaemon = {
    name,
    get apiMultiaddr () { return current().api },
    get apiUrl () {
      const { host, port } = tcpOf(current().api) as { host: string, port: number }
      return `http://${host}:${port}`
    },
    get gatewayUrl () {
      const g = current().gateway
      const t = g === undefined ? undefined : tcpOf(g)
      return t === undefined ? undefined : `http://${t.host}:${t.port}`
    },
    get swarmMultiaddrs () { return [...current().swarm] },
    get peerId () { return current().peerId },
    repoPath,
    get pid () { return proc?.pid ?? -1 },
    get running () { return isRunning },
    output: () => out.toString(),
    rpc: async <T = any>(cmd: string, args?: RpcArgs, opts?: RpcOptions): Promise<T> => rpcCall<T>(daemon.apiUrl, cmd, args, opts),

    async stop (opts = {}) {
      stopping ??= (async () => {
        await stopProcess('SIGTERM')
        if (opts.keepRepo !== true && !keepRepo) {
          removed = true
          await cleanupDir()
        }
      })().finally(() => { stopping = undefined })
      await stopping
    },

    async kill () {
      await stopProcess('SIGKILL')
    },

    async restart () {
      if (removed) throw new Error(`${name}: cannot restart, the repo was removed by stop() (use stop({ keepRepo: true }) or kill())`)
      if (stopping !== undefined) await stopping
      const before = current()
      await stopProcess('SIGTERM')
      await pinPorts(before)
      const after = await startRun()
      if (after.api !== before.api || after.peerId !== before.peerId) {
        throw fail(`restart changed the daemon: API ${before.api} → ${after.api}, peer ${before.peerId} → ${after.peerId}`)
      }
      listening = after
    }
  }
  return daemon
}

/**
 * Connects `a` to `b` (`swarm/connect` a→b on b's first swarm address) and
 * waits, with a deadline, until `a` lists `b` among its `swarm/peers`.
 */
export async function connectDaemons (a: IpfsDaemon, b: IpfsDaemon, timeout = 20_000): Promise<void> {
  const target = b.swarmMultiaddrs[0]
  if (target === undefined) throw new Error(`${b.name} has no swarm address to connect to`)
  await a.rpc('swarm/connect', { arg: target }, { timeout })
  await waitFor(async () => {
    const { Peers } = await a.rpc<{ Peers: Array<{ Peer: string }> | null }>('swarm/peers')
    return (Peers ?? []).some(p => p.Peer === b.peerId)
  }, { timeout: timeout, interval: 100, what: () => `${a.name} to list ${b.name} (${b.peerId}) in swarm/peers` })
}
