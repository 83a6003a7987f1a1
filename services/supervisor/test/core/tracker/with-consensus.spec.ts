/**
 * The pin tracker fed by the real consensus process (single peer) instead of
 * the stand-in: LogPin → tracked → pinned in js-ipfs, LogUnpin → gone, and a
 * restart of the consensus process is followed without a gap.
 */
import assert from 'node:assert/strict'
import { join } from 'node:path'
import { connect, mapTrackerSection, type PromiseClient } from '@ipfscluster/chassis'
import { loadProtos, type ConsensusClient } from '@ipfscluster/proto'
import { removeDir, shortTmpDir, spawnChild, waitFor, type Child } from '@ipfscluster/testing'
import { PinTracker } from '../../../src/core/tracker/index.js'
import { preloadScript, serviceScript } from '../../../src/process/service-scripts.js'
import { startIpfsStack, type IpfsStack } from './connector-process.js'
import { pinOf, SELF, waitStatus } from './helpers.js'

describe('pin tracker with the real consensus process', function () {
  this.timeout(240_000)
  let stack: IpfsStack
  let consensus: Child | undefined
  let client: PromiseClient<ConsensusClient>
  let tracker: PinTracker | undefined
  let folder: string

  const startConsensus = async (): Promise<void> => {
    consensus = spawnChild(process.execPath, ['--import', preloadScript(), serviceScript('consensus')], {
      env: { ...process.env, IPFS_CLUSTER_PATH: stack.dir, IPFS_CLUSTER_SOCKETS: stack.socketsDir, IPFS_CLUSTER_SERVICE: 'consensus', IPFS_CLUSTER_LOG_LEVEL: 'info' }
    })
    await consensus.waitForOutput(/INFO\s+consensus ready/, 60_000)
    await waitFor(async () => client.Leader({}, { timeout: 5_000 }).then(() => true, () => false), { timeout: 60_000, what: () => `a leader:\n${consensus?.output() ?? ''}` })
  }

  before(async () => {
    stack = await startIpfsStack('trc')
    folder = await shortTmpDir('trcp')
    client = connect(loadProtos().ipfscluster.consensus.v1.Consensus, join(stack.socketsDir, 'consensus.sock'), 'consensus')
    await startConsensus()
  })
  after(async () => {
    await tracker?.stop()
    client?.close()
    await consensus?.stop()
    await stack?.stop()
    await removeDir(stack?.dir ?? '')
    await removeDir(folder)
  })

  it('pins what LogPin commits, unpins on LogUnpin, and follows a consensus restart', async () => {
    // Pins allocated everywhere (allocations []), so the tracker's peer ID need not be the consensus node's.
    tracker = await PinTracker.start({
      peerId: SELF,
      peername: 'tracker-test',
      folder,
      consensus: client,
      ipfs: stack.client,
      maptracker: mapTrackerSection.defaults(),
      intervals: { stateSyncInterval: 3_600_000, ipfsSyncInterval: 3_600_000, pinRecoverInterval: 0 },
      follower: { initialDelay: 50, maxDelay: 400 }
    })
    const a = await stack.addBlock(`consensus a ${Date.now()}`)
    const b = await stack.addBlock(`consensus b ${Date.now()}`)
    await client.LogPin({ pin: pinOf(a) })
    await waitStatus(tracker, a, 'TRACKER_STATUS_PINNED')
    assert.ok(await stack.pinnedInIpfs(a))
    const unpinIndex = Number((await client.LogUnpin({ pin: { cid: a.bytes } })).index)
    await waitFor(async () => !(await stack.pinnedInIpfs(a)), { timeout: 60_000, what: 'a unpinned in js-ipfs' })
    await waitFor(() => tracker!.appliedIndex >= unpinIndex, { what: 'progress at the unpin' })

    await consensus?.stop()
    await startConsensus()
    await client.LogPin({ pin: pinOf(b) })
    await waitStatus(tracker, b, 'TRACKER_STATUS_PINNED')
    assert.ok(await stack.pinnedInIpfs(b))
    assert.equal(tracker.status(a.bytes).status, 'TRACKER_STATUS_UNPINNED', 'the unpin was not applied again as a pin')
  })
})
