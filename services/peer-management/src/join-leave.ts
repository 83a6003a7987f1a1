import { codec } from '@ipfscluster/proto'
import { logger } from '@ipfscluster/chassis'
import { addressFacing, peerAddress } from './addresses.js'
import { PeerUnavailableError } from './errors.js'
import type { PeerManager } from './peer-manager.js'

const log = logger('peermgr')
const PEER_ADD = '/ipfscluster.cluster.v1.Cluster/PeerAdd'
const PEER_LEAVING = '/ipfscluster.peermanagement.v1.PeerManager/PeerLeaving'
const peerAddRequest = codec('ipfscluster.cluster.v1.PeerAddRequest')

/**
 * Joins through the first bootstrap address that accepts (cluster-behaviour.md
 * §9.2 step 1): connect, then relay `Cluster.PeerAdd(<our address>)` to it.
 * No addresses = `cluster.bootstrap`. The peer that accepted goes into the
 * address book.
 *
 * @throws PeerUnavailableError `bootstrap unsuccessful: …` naming each address's failure
 */
export async function bootstrap (pm: PeerManager, addresses: string[], signal: AbortSignal): Promise<{ peer_id: string, address: string }> {
  pm.assertMember()
  const failures: string[] = []
  for (const address of addresses.length > 0 ? addresses : pm.config.bootstrap.map(String)) {
    try {
      const { ma } = peerAddress(address)
      const peer = await pm.dialer.connect(ma, signal)
      const own = addressFacing(pm.node.getMultiaddrs(), ma)
      const { status } = await pm.relay.unary({
        peer, path: PEER_ADD, payload: peerAddRequest.encode({ address: String(own) }), deadline: 0, traceparent: '', tracestate: '', signal
      })
      if (status.status_code === 0) {
        pm.book.add(ma)
        log.info('joined the cluster through a bootstrap peer', { peer, address })
        return { peer_id: peer, address }
      }
      failures.push(`${address}: ${status.error_name !== '' ? status.error_name : `status ${status.status_code}`}: ${status.error_message}`)
    } catch (err) {
      if (signal.aborted) throw err
      failures.push(`${address}: ${(err as Error).message}`)
    }
    log.warn('bootstrap address did not accept the join', { address, err: failures.at(-1) })
  }
  throw new PeerUnavailableError(`bootstrap unsuccessful: ${failures.length > 0 ? failures.join('; ') : 'no bootstrap addresses'}`)
}

/**
 * The end of a leave (§9.5) or removal: tells every known or connected peer
 * that this one leaves (so they drop it without waiting for an alert), then
 * stops relaying and hangs up. Returns the other peers' addresses, which the
 * supervisor saves as `bootstrap`.
 */
export async function leave (pm: PeerManager): Promise<string[]> {
  const addresses = pm.book.addresses()
  const peers = [...new Set([...pm.book.peers(), ...pm.connectedPeers()])]
  const timeout = pm.config.networkTimeout
  await Promise.all(peers.map(async peer => {
    const { status } = await pm.relay.unary({
      peer, path: PEER_LEAVING, payload: new Uint8Array(), deadline: Date.now() + timeout, traceparent: '', tracestate: '', signal: AbortSignal.timeout(timeout)
    }).catch(err => ({ status: { status_code: -1, error_message: (err as Error).message } }))
    if (status.status_code !== 0) log.warn('could not tell a peer that this one leaves', { peer, err: status.error_message })
  }))
  await pm.disconnect()
  log.info('left the cluster', { told: peers.length })
  return addresses
}
