/** This build's tracker and informers: `tracker/`'s PinTracker and its gRPC service, `informers/`' publisher. */
import type { StartTracker } from './cluster-runtime.js'
import { startInformers } from './informers/index.js'
import { PinTracker, pinTrackerService } from './tracker/index.js'

export const startPinTracker: StartTracker = async ({ config, settings, clients, folder }) => {
  const tracker = await PinTracker.start({
    peerId: settings.self,
    peername: settings.peername,
    folder,
    consensus: clients.consensus,
    ipfs: clients.connector,
    maptracker: config.maptracker,
    intervals: config.cluster
  })
  const informers = startInformers({
    ipfs: clients.connector,
    monitor: clients.monitor,
    peername: settings.peername,
    metric: settings.allocationMetric,
    config: { disk: config.disk, numpin: config.numpin, monitorPingInterval: config.cluster.monitorPingInterval }
  })
  return {
    tracker,
    services: [pinTrackerService(tracker)],
    publishMetrics: async () => { await informers.publishNow() },
    stop: async () => {
      await informers.stop()
      await tracker.stop()
    }
  }
}
