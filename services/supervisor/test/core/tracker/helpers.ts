/** Shared bits of the tracker tests: peer IDs, pins, and a tracker on the test stack. */
import { join } from 'node:path'
import { connect, mapTrackerSection, type MapTrackerConfig } from '@ipfscluster/chassis'
import { loadProtos, type Pin } from '@ipfscluster/proto'
import { waitFor } from '@ipfscluster/testing'
import type { CID } from 'multiformats/cid'
import { PinTracker, type PinTrackerDeps, type TrackerStatusName } from '../../../src/core/tracker/index.js'
import type { IpfsStack } from './connector-process.js'
import { FakeConsensus } from './fake-consensus.js'

export const SELF = '12D3KooWCLKKDpG1EndPjLYzsqzoqEUBwF2CNyCVdvMVci2x1ppS'
export const OTHER = '12D3KooWHpo9uLrdHdyPyJxCJsztyDyPd4ZCyqjEYuC1frV5PRj1'

/** A stored pin of `cid` (recursive), allocated to `allocations` (empty = everywhere). */
export function pinOf (cid: CID, allocations: string[] = []): Pin {
  return { cid: cid.bytes, type: 'PIN_TYPE_PIN', allocations, max_depth: -1, timestamp: String(Date.now()), replication_factor_min: -1, replication_factor_max: -1 }
}

let sockets = 0

/** A fake consensus serving on a new socket in the stack's sockets folder. */
export async function startFakeConsensus (stack: IpfsStack): Promise<FakeConsensus> {
  const consensus = new FakeConsensus(join(stack.socketsDir, `consensus-${++sockets}.sock`))
  await consensus.start()
  return consensus
}

/** A tracker of peer SELF keeping its progress in `folder`; periodic syncs off unless given. */
export async function startTracker (stack: IpfsStack, consensus: FakeConsensus, folder: string, maptracker: Partial<MapTrackerConfig> = {}, intervals: Partial<PinTrackerDeps['intervals']> = {}): Promise<PinTracker> {
  return PinTracker.start({
    peerId: SELF,
    peername: 'tracker-test',
    folder,
    consensus: connect(loadProtos().ipfscluster.consensus.v1.Consensus, consensus.socket, 'consensus'),
    ipfs: stack.client,
    maptracker: { ...mapTrackerSection.defaults(), ...maptracker },
    intervals: { stateSyncInterval: 3_600_000, ipfsSyncInterval: 3_600_000, pinRecoverInterval: 0, ...intervals },
    follower: { initialDelay: 50, maxDelay: 400 }
  })
}

/** Waits until the tracker shows `status` for `cid`. */
export async function waitStatus (tracker: PinTracker, cid: CID, status: TrackerStatusName, timeout = 60_000): Promise<void> {
  await waitFor(() => tracker.status(cid.bytes).status === status, {
    timeout,
    interval: 50,
    what: () => `${status} for ${cid.toString()}, is ${JSON.stringify({ ...tracker.status(cid.bytes), cid: undefined })}`
  })
}
