import { logger, socketDir, type LoadedConfig, type LoggingSettings } from '@ipfscluster/chassis'
import type { CommandContext } from '../cli/context.js'
import { CliError, printError, type Io } from '../cli/io.js'
import { onShutdownSignals } from '../cli/signals.js'
import { forgetTrackerProgress } from '../core/tracker/index.js'
import { acquireLock } from '../lock.js'
import { PeerMembership } from '../membership/peer-membership.js'
import { Peer, type PeerSettings } from '../peer/peer.js'
import type { ChildFailedError } from '../process/managed-child.js'
import { tracingEndpoint } from '../tracing-bootstrap.js'
import { allocationFlag, daemonConfig } from './daemon-config.js'

const log = logger('service')

/** `ipfs-cluster-service [daemon]`: runs the peer until a signal, or until a child can no longer run (cli.md §5). */
export async function daemonCommand (ctx: CommandContext): Promise<number> {
  if (ctx.args.length > 0) throw new CliError('', 'unknown subcommand. Run "ipfs-cluster-service help" for more info')
  log.info('Initializing. For verbose output run with "-l debug". Please wait...')
  const lock = await acquireLock(ctx.folder)
  try {
    const loaded = await daemonConfig(ctx)
    const settings = { ...peerSettings(loaded, ctx.logging, ctx.io.env), config: loaded.config, allocation: allocationFlag(ctx) }
    return await runPeer(settings, ctx.io, loaded)
  } finally {
    await lock.release()
  }
}

function peerSettings ({ folder, config }: LoadedConfig, logging: LoggingSettings, env: NodeJS.ProcessEnv): Omit<PeerSettings, 'config' | 'allocation'> {
  const sockets = socketDir(folder, env)
  if (sockets.relocated) log.info(`the socket folder would be too deep for Unix sockets: using ${sockets.dir}`)
  const s = config.supervisor
  const t = config.tracing
  return {
    folder,
    socketsDir: sockets.dir,
    restart: { restartDelay: s.restartDelay, maxRestartDelay: s.maxRestartDelay, restartWindow: s.restartWindow, maxRestarts: s.maxRestarts },
    healthInterval: s.healthCheckInterval,
    shutdownTimeout: s.shutdownTimeout,
    readyTimeout: s.readyTimeout,
    warmStandby: s.warmStandby,
    logging,
    tracing: t.enableTracing
      ? { endpoint: tracingEndpoint(t.otlpEndpoint, env), samplingRatio: t.samplingProb, serviceName: t.serviceName }
      : undefined,
    peerId: config.cluster.id,
    peername: config.cluster.peername
  }
}

/**
 * Starts the peer and resolves with the exit code once it has stopped. A peer
 * that left the cluster, or was removed by the others, stops with its
 * membership saved; its consensus process rotates the data folder as it stops.
 */
async function runPeer (settings: PeerSettings, io: Io, loaded: LoadedConfig): Promise<number> {
  let done!: (code: number) => void
  const finished = new Promise<number>(resolve => { done = resolve })
  let stopping = false
  let ready = false
  const stop = (code: number, err?: CliError): void => {
    if (stopping) return
    stopping = true
    void (async () => {
      if (ready) await membership.beforeStop().catch(e => { log.error(`error leaving the cluster: ${(e as Error).message}`) })
      membership.stop()
      await peer.stop()
      // The rotated state starts a new log: the tracker's saved index would skip its first entries.
      if (membership.noLongerMember) await forgetTrackerProgress(settings.folder)
      if (err !== undefined) printError(io, err)
      done(code)
    })()
  }
  const peer = new Peer(settings, (err: ChildFailedError) => {
    stop(1, err.configError ? new CliError('starting cluster', `${err.service}: ${err.message}`) : new CliError('', err.message))
  })
  const membership = new PeerMembership(loaded, settings.socketsDir, () => { stop(0) })
  const removeSignals = onShutdownSignals({
    stop: () => { log.info('shutting down'); stop(0) },
    warn: () => { io.stderr.write('Shutdown is taking too long! Press Ctrl-c again to manually kill cluster. Note that this may corrupt the local cluster state.\n') },
    kill: () => { io.stderr.write('exiting cluster NOW\n'); peer.kill(); done(1) }
  })
  try {
    await peer.start()
    ready = !stopping
    if (ready) membership.start()
  } catch (err) {
    const e = err as ChildFailedError
    stop(1, new CliError('starting cluster', `${e.service ?? 'supervisor'}: ${e.message}`))
  }
  const code = await finished
  removeSignals()
  return code
}
