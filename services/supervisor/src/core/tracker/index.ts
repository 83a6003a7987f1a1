/**
 * The pin tracker of the cluster core (cluster-behaviour.md §7).
 *
 * @example
 * ```ts
 * const tracker = await PinTracker.start({ peerId, peername, folder, consensus, ipfs, maptracker: cfg.maptracker, intervals: cfg.cluster })
 * server = new SocketServer(socketPath(dir, 'supervisor'), [pinTrackerService(tracker)])
 * tracker.status(cid.bytes).status   // 'TRACKER_STATUS_PINNED'
 * await tracker.stop()
 * ```
 */
export { PinTracker, type PinTrackerDeps } from './pin-tracker.js'
export { pinTrackerService } from './service.js'
export type { Status as TrackerStatusName } from './item.js'
export { QUEUE_FULL } from './operation-queue.js'
export { forgetTrackerProgress } from './applied-file.js'
