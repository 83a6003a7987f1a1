/**
 * The life of the ipfs-connector process: the chassis's `runService`, with
 * the health of the IPFSConnector service following the IPFS node — SERVING
 * while it answers, NOT_SERVING while it is unreachable. The process itself
 * ('' in health checks, what the supervisor watches) stays SERVING, so an
 * IPFS outage never gets the connector restarted.
 */
import { runService } from '@ipfscluster/chassis'
import { loadConnectorConfig } from './config.js'
import { startConnectorService } from './service.js'

/** Runs the process until it is told to stop; exits with 78 on a bad configuration. */
export async function runConnectorProcess (): Promise<void> {
  await runService('ipfs-connector', async env => {
    const config = await loadConnectorConfig(env.configFolder, process.env, env.log)
    const service = await startConnectorService(config, { cluster: env.socketOf('supervisor'), peerMonitor: env.socketOf('peer-management') })
    return {
      services: service.services,
      stop: service.stop,
      followHealth: set => {
        const follow = (state: string): void => {
          for (const s of service.services) set(s.name, state === 'available' ? 'SERVING' : 'NOT_SERVING')
        }
        service.connector.onAvailability(follow)
        follow(service.connector.availability())
      }
    }
  })
}
