/** This build's tracker: `tracker/`'s PinTracker and its gRPC service. */
import type { StartTracker } from './cluster-runtime.js'
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
  return { tracker, services: [pinTrackerService(tracker)], stop: async () => { await tracker.stop() } }
}
