/**
 * The IPFS addresses of the other cluster peers, from the `ping` metrics the
 * peer monitor holds (value `{"peer_name","ipfs_id","ipfs_addresses"}`,
 * cluster-behaviour.md §6): what ConnectSwarms dials when given none.
 */
import { connect, type Logger } from '@ipfscluster/chassis'
import { loadProtos } from '@ipfscluster/proto'
import type { IpfsConnector } from './connector.js'

interface PingValue { ipfs_id?: string, ipfs_addresses?: string[] }

/** A source of addresses reading the peer monitor on `socketPath`; this node's own addresses are left out. */
export function pingMetricAddresses (socketPath: string, connector: IpfsConnector, log: Logger): { source: () => Promise<string[]>, close: () => void } {
  const monitor = connect(loadProtos().ipfscluster.peermanagement.v1.PeerMonitor, socketPath, 'peer-management')
  return {
    close: () => { monitor.close() },
    source: async () => {
      const [self, res] = await Promise.all([connector.id(), monitor.LatestMetrics({ name: 'ping' }, { idempotent: true, timeout: 10_000 })])
      return res.metrics.flatMap(m => {
        try {
          const value = JSON.parse(m.value) as PingValue
          return value.ipfs_id === self.id ? [] : value.ipfs_addresses ?? []
        } catch {
          log.debug('unreadable ping metric', { peer: m.peer })
          return []
        }
      })
    }
  }
}
