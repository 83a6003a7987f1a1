/**
 * The cluster core of one peer, started once the children serve: the pin
 * tracker, then the gRPC services on supervisor.sock (Cluster, PinTracker:
 * the IPFS proxy and other peers call them), the join of a new peer, the
 * alert watch and the REST API. Stopped in reverse order, the REST API
 * first (as the original's `Shutdown`).
 */
import { logger, socketPath, SocketServer, type AllocationStrategy, type ClusterConfig, type HostedService } from '@ipfscluster/chassis'
import { startRestApi, type RestApi } from '../api/rest/index.js'
import { watchAlerts } from './alert-watch.js'
import { closeClients, connectClients, type CoreClients } from './clients.js'
import { ClusterCore } from './cluster-core.js'
import { clusterService } from './cluster-service.js'
import type { AllocationMetric, CoreContext, CoreSettings } from './context.js'
import { join, waitingToJoin } from './join.js'
import type { LocalTracker } from './local-tracker.js'
import { PeerCaller } from './peer-caller.js'

/** A started pin tracker, the services it hosts, and what else runs with it (informers), as one thing to stop. */
export interface TrackerHandle {
  tracker: LocalTracker
  services: HostedService[]
  /** Measures and publishes every informer metric now. */
  publishMetrics: () => Promise<void>
  stop: () => Promise<void>
}

/** Starts this peer's tracker and informers against the running children (the seam of `tracker/` and `informers/`). */
export type StartTracker = (deps: { config: ClusterConfig, settings: CoreSettings, clients: CoreClients, folder: string }) => Promise<TrackerHandle>

/** What the runtime needs from the daemon. */
export interface RuntimeOptions {
  config: ClusterConfig
  allocation: AllocationStrategy
  folder: string
  socketsDir: string
  startTracker: StartTracker
}

function allocationMetric (a: AllocationStrategy): AllocationMetric {
  return a.informer === 'numpin' ? 'numpin' : a.metricType ?? 'freespace'
}

/** The core's settings from the configuration and `--alloc`. */
export function coreSettings (c: ClusterConfig, allocation: AllocationStrategy): CoreSettings {
  return {
    self: c.cluster.id,
    peername: c.cluster.peername,
    replicationMin: c.cluster.replicationFactorMin,
    replicationMax: c.cluster.replicationFactorMax,
    disableRepinning: c.cluster.disableRepinning,
    allocationMetric: allocationMetric(allocation),
    peerTimeout: c.raft.networkTimeout,
    joinTimeout: c.raft.waitForLeaderTimeout
  }
}

export class ClusterRuntime {
  private readonly clients: CoreClients
  private tracker?: TrackerHandle
  private server?: SocketServer
  private rest?: RestApi
  private readonly alerts = new AbortController()
  private alertWatch?: Promise<void>

  constructor (private readonly o: RuntimeOptions) {
    this.clients = connectClients(o.socketsDir)
  }

  /** @throws when the tracker cannot start, the join fails or a listener cannot bind */
  async start (): Promise<void> {
    const settings = coreSettings(this.o.config, this.o.allocation)
    this.tracker = await this.o.startTracker({ config: this.o.config, settings, clients: this.clients, folder: this.o.folder })
    const ctx: CoreContext = { settings, clients: this.clients, peers: new PeerCaller(this.clients.peerManager), tracker: this.tracker.tracker, publishMetrics: this.tracker.publishMetrics, log: logger('cluster') }
    this.server = new SocketServer(socketPath(this.o.socketsDir, 'supervisor'), [clusterService(ctx), ...this.tracker.services])
    await this.server.listen()
    const bootstrap = this.o.config.cluster.bootstrap
    if (bootstrap.length > 0 && await waitingToJoin(ctx)) await join(ctx, bootstrap)
    this.alertWatch = watchAlerts(ctx, this.alerts.signal)
    this.rest = await startRestApi(this.o.config.restapi, new ClusterCore(ctx), logger('restapi'), { configFolder: this.o.folder })
    this.server.health.setAll('SERVING')
  }

  /** Stops what started, REST API first; each step gets at most `graceMs`. */
  async stop (graceMs: number): Promise<void> {
    await this.rest?.close(graceMs)
    this.alerts.abort()
    await this.alertWatch
    await this.server?.stop(graceMs)
    await this.tracker?.stop()
    closeClients(this.clients)
  }
}
