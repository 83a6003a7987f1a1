import { trackerStatusNames } from '@ipfscluster/proto'
import type { GlobalPinInfo, PinInfo } from '../cluster-api.js'
import type { JsonValue } from './json.js'
import { formatTime } from './time.js'

function encodePinInfo (info: PinInfo): JsonValue {
  return {
    peername: info.peername,
    ipfs_peer_id: info.ipfsPeerId,
    ipfs_peer_addresses: info.ipfsPeerAddresses.length === 0 ? undefined : info.ipfsPeerAddresses,
    status: trackerStatusNames[info.status],
    timestamp: formatTime(info.timestamp),
    error: info.error,
    attempt_count: info.attemptCount,
    priority_pin: info.priorityPin
  }
}

/** The `GlobalPinInfo` JSON object (rest-api.md §7.3). */
export function encodeGlobalPinInfo (gpi: GlobalPinInfo): JsonValue {
  return {
    cid: gpi.cid.toString(),
    name: gpi.name,
    allocations: gpi.allocations,
    origins: gpi.origins,
    created: formatTime(gpi.created),
    metadata: gpi.metadata,
    peer_map: Object.fromEntries([...gpi.peerMap].map(([peer, info]) => [peer, encodePinInfo(info)]))
  }
}
