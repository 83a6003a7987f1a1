/**
 * The ipfs-connector assembled from its configuration: the daemon or embedded
 * connector, its gRPC service, the IPFS proxy, and the delayed first
 * `swarm/connect` to the other peers' IPFS.
 */
import { connect, logger, type HostedService } from '@ipfscluster/chassis'
import { loadProtos } from '@ipfscluster/proto'
import type { ConnectorConfig } from './config.js'
import type { LocalIpfsConnector } from './connector.js'
import { connectorService } from './grpc/server.js'
import { KuboConnector } from './kubo/kubo-connector.js'
import { startProxy, type IpfsProxy } from './proxy/server.js'
import { pingMetricAddresses } from './swarm-addresses.js'

/** The sockets of the sibling services this one calls. */
export interface SiblingSockets {
  /** The supervisor's Cluster service (the proxy's intercepted endpoints). */
  cluster: string
  /** peer-management's PeerMonitor (other peers' IPFS addresses). */
  peerMonitor: string
}

/** A started connector service. */
export interface ConnectorService {
  connector: LocalIpfsConnector
  services: HostedService[]
  proxy: IpfsProxy | undefined
  stop: () => Promise<void>
}

/** Starts the connector (and the proxy, whose listeners must bind). */
export async function startConnectorService (config: ConnectorConfig, sockets: SiblingSockets): Promise<ConnectorService> {
  const log = logger('ipfshttp')
  // Helia and its libp2p stack take seconds to load: only a peer that runs the
  // embedded node pays for them, and a restarted connector is back sooner.
  const connector: LocalIpfsConnector = config.embedded.enabled
    ? new (await import('./embedded/embedded-connector.js')).EmbeddedConnector(config.embedded, config.ipfshttp, log)
    : new KuboConnector(config.ipfshttp, log)
  await connector.start()
  const cluster = connect(loadProtos().ipfscluster.cluster.v1.Cluster, sockets.cluster, 'cluster')
  const swarm = pingMetricAddresses(sockets.peerMonitor, connector, log)
  let proxy: IpfsProxy | undefined
  try {
    if (config.ipfshttp.proxyListenMultiaddress.length > 0) {
      proxy = await startProxy({ config: config.ipfshttp, cluster, connector, daemon: !config.embedded.enabled, log: logger('ipfsproxy') })
    }
  } catch (err) {
    await connector.stop()
    throw err
  }
  const delay = config.ipfshttp.connectSwarmsDelay
  const timer = delay > 0
    ? setTimeout(() => {
      swarm.source()
        .then(async addresses => connector.connectSwarms(addresses))
        .then(connected => { log.debug('connected to other peers\' IPFS', { connected }) }, err => { log.debug('connect swarms failed', { err }) })
    }, delay).unref()
    : undefined
  return {
    connector,
    proxy,
    services: [connectorService(connector, swarm.source)],
    stop: async () => {
      clearTimeout(timer)
      // the proxy closes first, as the REST API does (conventions §8)
      await proxy?.close()
      await connector.stop()
      cluster.close()
      swarm.close()
    }
  }
}
