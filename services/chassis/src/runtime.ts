import { mkdir } from 'node:fs/promises'
import { bridgeGrpcLogs, configureLogging, logger, parseLogLevels, type Logger } from './logging/index.js'
import { SocketServer, type HostedService } from './grpc/server.js'
import type { ServingStatus } from './grpc/health.js'
import { socketDir, socketPath } from './sockets.js'
import { waitForGo } from './standby.js'
import { stopTracing } from './telemetry.js'

/** Exit code of a child whose configuration is invalid (the supervisor maps it to its own 1). */
export const EXIT_CONFIG = 78

/** What a service process learns from its environment (set by the supervisor). */
export interface ServiceEnvironment {
  /** This service's name: consensus, peer-management, ipfs-connector, supervisor, … */
  name: string
  /** The peer's config folder (IPFS_CLUSTER_PATH). */
  configFolder: string
  /** Folder of the local gRPC sockets (IPFS_CLUSTER_SOCKETS, else derived from the config folder). */
  socketsDir: string
  /** Socket path of any sibling service, this one included. */
  socketOf: (service: string) => string
  log: Logger
}

/** What a started service hands back to the runtime. */
export interface StartedService {
  services: HostedService[]
  /** Flips health to SERVING when resolved; default: at once. */
  ready?: Promise<void>
  /** Stops the domain (after health went NOT_SERVING, before the server closes). */
  stop?: () => Promise<void>
  /**
   * Called once the process is ready, with a setter for the health of its
   * named gRPC services. The process as a whole ('' — what the supervisor
   * watches) stays SERVING while it runs; a service whose backend is away
   * (the connector's IPFS daemon) reports NOT_SERVING under its own name.
   */
  followHealth?: (set: (service: string, status: ServingStatus) => void) => void
}

export function serviceEnvironment (name: string, env: NodeJS.ProcessEnv = process.env): ServiceEnvironment {
  const configFolder = env.IPFS_CLUSTER_PATH ?? process.cwd()
  const socketsDir = env.IPFS_CLUSTER_SOCKETS ?? socketDir(configFolder, env).dir
  return { name, configFolder, socketsDir, socketOf: s => socketPath(socketsDir, s), log: logger(name) }
}

/**
 * The life of a service process: logging from the environment, the gRPC
 * server with health on its socket, and an orderly stop on SIGTERM/SIGINT (or
 * when the supervisor's pipe on stdin closes) — health NOT_SERVING, domain
 * stop, server stop with a deadline, tracing flush, exit. A second signal
 * forces the exit.
 */
export async function runService (name: string, start: (env: ServiceEnvironment) => Promise<StartedService>): Promise<void> {
  try {
    configureLogging({
      levels: parseLogLevels(process.env.IPFS_CLUSTER_LOG_LEVEL ?? 'info'),
      format: process.env.IPFS_CLUSTER_LOG_FORMAT === 'json' ? 'json' : 'text',
      base: { service: name }
    })
  } catch (err) {
    process.stderr.write(`error : ${(err as Error).message}\n`)
    process.exit(EXIT_CONFIG)
  }
  bridgeGrpcLogs()
  const env = serviceEnvironment(name)
  const shutdownTimeout = Number(process.env.IPFS_CLUSTER_SHUTDOWN_TIMEOUT_MS ?? 10_000)
  await mkdir(env.socketsDir, { recursive: true, mode: 0o700 })
  if (process.env.IPFS_CLUSTER_STANDBY === 'true') await waitForGo()

  let started: StartedService
  try {
    started = await start(env)
  } catch (err) {
    const config = (err as Error).name === 'InvalidConfigError'
    env.log.error(config ? `error loading configuration: ${(err as Error).message}` : 'cannot start', { err: (err as Error).message })
    await stopTracing()
    process.exit(config ? EXIT_CONFIG : 1)
  }
  const server = new SocketServer(env.socketOf(name), started.services)
  await server.listen()
  env.log.debug('serving', { socket: env.socketOf(name) })

  let stopping = false
  const stop = async (why: string): Promise<void> => {
    if (stopping) {
      env.log.warn('second stop request: exiting now')
      process.exit(1)
    }
    stopping = true
    env.log.info('shutting down', { why })
    server.health.setAll('NOT_SERVING')
    let code = 0
    try {
      await started.stop?.()
    } catch (err) {
      env.log.error('error stopping', { err: (err as Error).message })
      code = 1
    }
    await server.stop(shutdownTimeout)
    await stopTracing().catch(() => {})
    process.exit(code)
  }
  process.on('SIGTERM', () => { void stop('SIGTERM') })
  process.on('SIGINT', () => { void stop('SIGINT') })
  if (process.env.IPFS_CLUSTER_EXIT_WITH_STDIN === 'true') {
    // The supervisor holds the other end: when it dies, even by SIGKILL, stdin closes.
    process.stdin.on('end', () => { void stop('supervisor gone') }).resume()
  }

  await (started.ready ?? Promise.resolve())
  if (!stopping) {
    server.health.setAll('SERVING')
    started.followHealth?.((service, status) => { if (!stopping) server.health.set(service, status) })
    env.log.info('ready')
    // A supervisor that spawned us with an IPC channel learns it at once instead of at its next health poll.
    process.send?.({ ready: true })
  }
}
