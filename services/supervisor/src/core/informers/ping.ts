/**
 * The value of the liveness `ping` metric (cluster-behaviour.md §5):
 * `{"peer_name","ipfs_id","ipfs_addresses"}`, which the peer monitor uses
 * for peer names in statuses and the connector for `ConnectSwarms`.
 * peer-management publishes `ping` itself every `monitor_ping_interval`
 * (TTL 2×) with the last value given to it; this informer supplies that
 * value, re-published only when it changes (the IPFS daemon got a new
 * identity or addresses).
 */
import { logger, type PromiseClient } from '@ipfscluster/chassis'
import type { IPFSConnectorClient } from '@ipfscluster/proto'
import type { Informer } from './informer.js'

const log = logger('cluster')

/** What `ping` carries; keys as the original's JSON. */
export interface PingValue {
  peer_name: string
  ipfs_id: string
  ipfs_addresses: string[]
}

export function pingInformer (ipfs: Pick<PromiseClient<IPFSConnectorClient>, 'ID'>, peername: string, pingInterval: number): Informer {
  return {
    name: 'ping',
    ttl: 2 * pingInterval,
    interval: pingInterval,
    onChangeOnly: true,
    measure: async signal => {
      try {
        const res = await ipfs.ID({}, { signal, timeout: pingInterval, idempotent: true })
        // Sorted: the daemon lists its addresses in no fixed order, and only a real change should republish.
        const value: PingValue = { peer_name: peername, ipfs_id: res.id?.id ?? '', ipfs_addresses: [...res.id?.addresses ?? []].sort() }
        return { value: JSON.stringify(value), weight: 0n, valid: true }
      } catch (err) {
        log.debug('IPFS identity unknown for the ping metric', { err: (err as Error).message })
        // Liveness is about the cluster peer: the ping stays valid, with what is known of IPFS.
        return { value: JSON.stringify({ peer_name: peername, ipfs_id: '', ipfs_addresses: [] }), weight: 0n, valid: true }
      }
    }
  }
}
