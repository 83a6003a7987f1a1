/** What the `ping` metric tells about each peer: its name and IPFS daemon (cluster-behaviour.md §5). */
import type { Metric__Output } from '@ipfscluster/proto'

/** A peer's name and IPFS identity as its last ping announced them. */
export interface PingInfo { peername: string, ipfsPeerId: string, ipfsAddresses: string[] }

interface PingValue { peer_name?: string, ipfs_id?: string, ipfs_addresses?: string[] }

/** Ping values by peer; unreadable values are skipped. */
export function pingInfos (metrics: readonly Metric__Output[]): Map<string, PingInfo> {
  const out = new Map<string, PingInfo>()
  for (const m of metrics) {
    try {
      const v = JSON.parse(m.value) as PingValue
      out.set(m.peer, { peername: v.peer_name ?? '', ipfsPeerId: v.ipfs_id ?? '', ipfsAddresses: v.ipfs_addresses ?? [] })
    } catch {}
  }
  return out
}
