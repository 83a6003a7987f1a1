/** The core's gRPC clients of the sibling processes, over their Unix sockets. */
import { connect, socketPath, type PromiseClient } from '@ipfscluster/chassis'
import { loadProtos, type ConsensusClient, type IPFSConnectorClient, type PeerManagerClient, type PeerMonitorClient } from '@ipfscluster/proto'

/** Every local service the core calls. */
export interface CoreClients {
  consensus: PromiseClient<ConsensusClient>
  peerManager: PromiseClient<PeerManagerClient>
  monitor: PromiseClient<PeerMonitorClient>
  connector: PromiseClient<IPFSConnectorClient>
}

/** Connects to the children's sockets (channels connect lazily and retry while a child restarts). */
export function connectClients (socketsDir: string): CoreClients {
  const { consensus, peermanagement, ipfsconnector } = loadProtos().ipfscluster
  const pm = socketPath(socketsDir, 'peer-management')
  return {
    consensus: connect(consensus.v1.Consensus, socketPath(socketsDir, 'consensus'), 'consensus'),
    peerManager: connect(peermanagement.v1.PeerManager, pm, 'peer-management'),
    monitor: connect(peermanagement.v1.PeerMonitor, pm, 'peer-management'),
    connector: connect(ipfsconnector.v1.IPFSConnector, socketPath(socketsDir, 'ipfs-connector'), 'ipfs-connector')
  }
}

/** Closes every channel. */
export function closeClients (clients: CoreClients): void {
  for (const c of Object.values(clients)) c.close()
}
