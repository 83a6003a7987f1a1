import { logger } from '@ipfscluster/chassis'
import type { MembershipFile } from './membership-file.js'
import type { PeersetSource } from './peerset-watch.js'

const log = logger('cluster')

/** What leaving needs besides the peerset. */
export interface LeaveDeps extends PeersetSource {
  self: string
  /** Removes a peer from the consensus membership (forwarded to the leader). */
  rmPeer: (peerId: string) => Promise<void>
  file: MembershipFile
}

/**
 * Leaves the cluster at shutdown (cluster-behaviour.md §9.5): removes this
 * peer from the membership, then saves the others as `bootstrap` and empties
 * `peers`, so the next start re-joins as a clean peer. Resolves true when the
 * peer left; the caller then rotates the consensus data folder.
 *
 * Unlike the original, a refused removal (the last peer, no leader) leaves
 * `service.json` and the state as they were: the peer is still a member, and
 * a rotated state with `peers` emptied would silently start a new cluster.
 */
export async function leaveCluster (deps: LeaveDeps): Promise<boolean> {
  log.warn('attempting to leave the cluster. This may take some seconds')
  const others = (await deps.consensusPeers()).filter(p => p !== deps.self)
  const addresses = await deps.addressesOf(others)
  try {
    await deps.rmPeer(deps.self)
  } catch (err) {
    log.error(`error leaving the cluster: ${(err as Error).message}`)
    return false
  }
  await deps.file.save({ bootstrap: addresses, peers: [] })
  log.info('left the cluster', { bootstrap: addresses })
  return true
}
