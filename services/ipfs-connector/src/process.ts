/**
 * The life of the ipfs-connector process: the chassis's `runService`
 * sequence (logging from the environment, the socket server with health,
 * orderly stop on SIGTERM/SIGINT or when stdin closes), with health that
 * follows the IPFS node — SERVING while it answers, NOT_SERVING while it is
 * unreachable. `runService` only turns health on once, hence this variant.
 */
import { mkdir } from 'node:fs/promises'
import {
  bridgeGrpcLogs, configureLogging, EXIT_CONFIG, parseLogLevels, serviceEnvironment, SocketServer, stopTracing
} from '@ipfscluster/chassis'
import { loadConnectorConfig } from './config.js'
import { startConnectorService, type ConnectorService } from './service.js'

const NAME = 'ipfs-connector'

/** Runs the process until it is told to stop; exits with 78 on a bad configuration. */
export async function runConnectorProcess (): Promise<void> {
  try {
    configureLogging({
      levels: parseLogLevels(process.env.IPFS_CLUSTER_LOG_LEVEL ?? 'info'),
      format: process.env.IPFS_CLUSTER_LOG_FORMAT === 'json' ? 'json' : 'text',
      base: { service: NAME }
    })
  } catch (err) {
    process.stderr.write(`error : ${(err as Error).message}\n`)
    process.exit(EXIT_CONFIG)
  }
  bridgeGrpcLogs()
  const env = serviceEnvironment(NAME)
  const shutdownTimeout = Number(process.env.IPFS_CLUSTER_SHUTDOWN_TIMEOUT_MS ?? 10_000)
  await mkdir(env.socketsDir, { recursive: true, mode: 0o700 })

  let service: ConnectorService
  try {
    const config = await loadConnectorConfig(env.configFolder, process.env, env.log)
    service = await startConnectorService(config, { cluster: env.socketOf('supervisor'), peerMonitor: env.socketOf('peer-management') })
  } catch (err) {
    const config = (err as Error).name === 'InvalidConfigError'
    env.log.error(config ? `error loading configuration: ${(err as Error).message}` : 'cannot start', { err: (err as Error).message })
    await stopTracing()
    process.exit(config ? EXIT_CONFIG : 1)
  }
  const server = new SocketServer(env.socketOf(NAME), service.services)
  await server.listen()
  let stopping = false
  const follow = (state: string): void => { if (!stopping) server.health.setAll(state === 'available' ? 'SERVING' : 'NOT_SERVING') }
  service.connector.onAvailability(follow)
  follow(service.connector.availability())
  env.log.info('ready', { socket: env.socketOf(NAME) })

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
      await service.stop()
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
    // the supervisor holds the other end: when it dies, even by SIGKILL, stdin closes
    process.stdin.on('end', () => { void stop('supervisor gone') }).resume()
  }
}
