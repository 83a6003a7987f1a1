// The consensus process: Raft and the shared pinset, serving Consensus and
// Raft on <sockets>/consensus.sock; other peers are reached through the
// local peer-management relay.
import { connect, logger, runService } from '@ipfscluster/chassis'
import { loadProtos } from '@ipfscluster/proto'
import { Consensus } from './consensus.js'
import { openStorage } from './node/open-storage.js'
import { RaftDriver } from './node/raft-driver.js'
import { services } from './server.js'
import { loadSettings } from './settings.js'
import { NodeFileLayer, rotate } from './storage/index.js'
import { PeerCalls } from './transport/peer-calls.js'
import { RelayTransport } from './transport/relay-transport.js'

await runService('consensus', async env => {
  const settings = await loadSettings(env.configFolder)
  const storage = openStorage(settings)
  const pm = connect(loadProtos().ipfscluster.peermanagement.v1.PeerManager, env.socketOf('peer-management'), 'peer-management')
  const transport = new RelayTransport(env.socketOf('peer-management'), peer => { driver.unreachable(peer) })
  const driver: RaftDriver = new RaftDriver({ id: settings.id, storage, raft: settings.raft, transport })
  const consensus = new Consensus(driver, new PeerCalls(pm), settings.raft)
  driver.start()
  return {
    services: services(consensus, driver),
    stop: async () => {
      const removed = driver.removed()
      await driver.stop()
      pm.close()
      if (removed) {
        // a clean folder lets the peer bootstrap again (cluster-behaviour.md §9.4, §9.5)
        const done = rotate(new NodeFileLayer(), settings.dataFolder, settings.raft.backupsRotate)
        logger('raft').info('this peer is no longer in the cluster: data folder rotated', { folder: settings.dataFolder, result: done })
      }
    }
  }
})
