import { mkdir } from 'node:fs/promises'
import { formatLogLevels, logger, socketPath, type AllocationStrategy, type ClusterConfig, type LoggingSettings } from '@ipfscluster/chassis'
import { ClusterRuntime } from '../core/cluster-runtime.js'
import { startPinTracker } from '../core/start-tracker.js'
import type { ChildFailedError } from '../process/managed-child.js'
import { ProcessManager } from '../process/process-manager.js'
import { CHILD_SERVICES, preloadScript, serviceScript, STOP_ORDER } from '../process/service-scripts.js'
import type { RestartSettings } from '../process/restart-policy.js'
import { VERSION } from '../version.js'

const log = logger('service')

/** What the daemon hands the peer, resolved from config and flags (durations in ms). */
export interface PeerSettings {
  folder: string
  socketsDir: string
  restart: RestartSettings
  healthInterval: number
  shutdownTimeout: number
  readyTimeout: number
  warmStandby: boolean
  logging: LoggingSettings
  /** Tracing of every process; `serviceName` is the base each process appends `-<service>` to. */
  tracing?: { endpoint: string, samplingRatio: number, serviceName: string }
  peerId: string
  peername: string
  /** The validated configuration, for the cluster core and the REST API. */
  config: ClusterConfig
  /** `--alloc`. */
  allocation: AllocationStrategy
}

/**
 * One running peer: the children in start order, then the cluster core
 * (its socket server, tracker, REST API). A child that can no longer be kept
 * running calls `onFatal`.
 */
export class Peer {
  private readonly core: ClusterRuntime
  private readonly children: ProcessManager

  constructor (private readonly s: PeerSettings, onFatal: (err: ChildFailedError) => void) {
    this.core = new ClusterRuntime({ config: s.config, allocation: s.allocation, folder: s.folder, socketsDir: s.socketsDir, startTracker: startPinTracker })
    const env = childEnvironment(s)
    this.children = new ProcessManager(CHILD_SERVICES.map(name => ({
      ...s.restart,
      name,
      script: serviceScript(name),
      preload: preloadScript(),
      socket: socketPath(s.socketsDir, name),
      env,
      healthInterval: s.healthInterval,
      shutdownTimeout: s.shutdownTimeout,
      startTimeout: s.readyTimeout,
      warmStandby: s.warmStandby,
      logFormat: s.logging.format,
      writeLog: line => { process.stderr.write(line + '\n') }
    })), onFatal)
  }

  async start (): Promise<void> {
    await mkdir(this.s.socketsDir, { recursive: true, mode: 0o700 })
    await this.children.start()
    await this.core.start()
    log.info(`IPFS Cluster v${VERSION} is ready`, { peer: this.s.peerId, peername: this.s.peername })
  }

  /** Orderly stop: the cluster core (REST API first), then the children in stop order. */
  async stop (): Promise<void> {
    await this.core.stop(this.s.shutdownTimeout)
    await this.children.stop(STOP_ORDER)
  }

  kill (): void {
    this.children.kill()
  }

  pids (): Record<string, number | undefined> {
    return { supervisor: process.pid, ...this.children.pids() }
  }
}

/** The environment every child starts with (docs/architecture.md lists it). */
function childEnvironment (s: PeerSettings): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    IPFS_CLUSTER_PATH: s.folder,
    IPFS_CLUSTER_SOCKETS: s.socketsDir,
    IPFS_CLUSTER_LOG_LEVEL: formatLogLevels(s.logging.levels),
    IPFS_CLUSTER_LOG_FORMAT: s.logging.format,
    IPFS_CLUSTER_SHUTDOWN_TIMEOUT_MS: String(s.shutdownTimeout),
    IPFS_CLUSTER_PEER_ID: s.peerId,
    IPFS_CLUSTER_PEERNAME: s.peername,
    IPFS_CLUSTER_TRACING: s.tracing === undefined ? 'false' : 'true'
  }
  if (s.tracing !== undefined) {
    env.IPFS_CLUSTER_TRACING_ENDPOINT = s.tracing.endpoint
    env.IPFS_CLUSTER_TRACING_SAMPLING = String(s.tracing.samplingRatio)
    env.IPFS_CLUSTER_TRACING_SERVICE_NAME = s.tracing.serviceName
  }
  return env
}
