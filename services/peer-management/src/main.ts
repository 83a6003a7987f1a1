// The peer-management process: the libp2p host, the relay and the peer
// monitor, serving PeerManager and PeerMonitor on <sockets>/peer-management.sock.
import { runService } from '@ipfscluster/chassis'
import { loadConfig } from './config.js'
import { PeerManager } from './peer-manager.js'
import { services } from './server.js'

await runService('peer-management', async env => {
  const config = await loadConfig(env.configFolder)
  const pm = await PeerManager.start(config, env.configFolder, env.socketOf)
  return { services: services(pm), stop: async () => { await pm.stop() } }
})
