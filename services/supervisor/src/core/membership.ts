/**
 * Adding and removing peers on an existing member (cluster-behaviour.md
 * §9.2 steps 2–6, §9.3).
 */
import { NotFoundError, PeerUnavailableError } from '@ipfscluster/chassis'
import type { ID__Output } from '@ipfscluster/proto'
import { multiaddr } from '@multiformats/multiaddr'
import { consensusPeers } from './allocation-source.js'
import { IDEMPOTENT, type CoreContext } from './context.js'
import { peerIdentity, selfIdentity } from './identity.js'
import { repinFrom } from './repin.js'

const PM = '/ipfscluster.peermanagement.v1.PeerManager'
const POLL_MS = 200

const peerIdOf = (address: string): string => {
  const id = multiaddr(address).getComponents().findLast(c => c.name === 'p2p')?.value
  if (id === undefined) throw new Error(`no /p2p/ in ${address}`)
  return id
}

/** A known address of `peer` from the address book. */
async function knownAddress (ctx: CoreContext, peer: string): Promise<string> {
  const known = (await ctx.clients.peerManager.Peers({}, IDEMPOTENT)).peers.find(p => p.peer_id === peer)
  const address = known?.addresses[0]
  if (address === undefined) throw new Error(`no known address for peer ${peer}`)
  return address
}

/**
 * Adds a peer given its address (join flow, on the existing peer) or its ID
 * (`POST /peers`), and resolves with its `ID` once it sees the whole peerset.
 */
export async function peerAdd (ctx: CoreContext, request: { address?: string, peerId?: string }, signal?: AbortSignal): Promise<ID__Output> {
  const address = request.address !== undefined && request.address !== '' ? request.address : await knownAddress(ctx, request.peerId ?? '')
  const newPeer = peerIdOf(address)
  const call = { timeout: ctx.settings.peerTimeout, signal }
  const members = await consensusPeers(ctx)
  // step 2: every member learns the new peer's address
  try {
    await Promise.all(members.map(async p => ctx.peers.unary(p, `${PM}/AddPeer`, { address }, call)))
  } catch (err) {
    ctx.log.error('error broadcasting the new peer\'s address', { peer: newPeer, err: (err as Error).message })
    throw new PeerUnavailableError('error broadcasting new peer\'s address: all cluster members need to be healthy for this operation to succeed. Try removing any unhealthy peers. Check the logs for more information about the error.')
  }
  // step 3: the new peer proves it reaches us and learns everyone's addresses
  await ctx.peers.unary(newPeer, `${PM}/RemoteMultiaddrForPeer`, { peer_id: ctx.settings.self }, call)
  const self = await selfIdentity(ctx)
  await ctx.peers.unary(newPeer, `${PM}/ImportAddresses`, { addresses: [...self.addresses, ...self.cluster_peers_addresses] }, call)
  // step 4: consensus adds it (learner, then voter once caught up)
  await ctx.clients.consensus.AddPeer({ peer_id: newPeer }, { timeout: ctx.settings.joinTimeout * 4, signal })
  // step 5: the IPFS daemons meet (best effort)
  const ipfsAddresses = self.ipfs?.addresses ?? []
  if (ipfsAddresses.length > 0) {
    ctx.peers.unary(newPeer, '/ipfscluster.ipfsconnector.v1.IPFSConnector/ConnectSwarms', { addresses: ipfsAddresses }, call)
      .catch(err => { ctx.log.debug('connect swarms on the new peer failed', { peer: newPeer, err: (err as Error).message }) })
  }
  // step 6: wait until the new peer sees the same peerset
  const deadline = Date.now() + ctx.settings.joinTimeout
  const expected = (await consensusPeers(ctx)).join(',')
  for (;;) {
    const id = await peerIdentity(ctx, newPeer, signal).catch(() => undefined)
    if (id !== undefined && [...id.cluster_peers].sort().join(',') === expected) {
      ctx.log.info(`${newPeer}: added to the cluster`)
      return id
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${newPeer} to see the cluster peers`)
    await new Promise(resolve => setTimeout(resolve, POLL_MS))
  }
}

/**
 * Removes a member: its pins are re-allocated first (unless repinning is
 * disabled), then consensus drops it.
 *
 * @throws NotFoundError `peer <id> is not a cluster peer`
 */
export async function peerRemove (ctx: CoreContext, peer: string, signal?: AbortSignal): Promise<void> {
  if (!(await consensusPeers(ctx)).includes(peer)) throw new NotFoundError(`peer ${peer} is not a cluster peer`)
  if (!ctx.settings.disableRepinning) await repinFrom(ctx, peer)
  await ctx.clients.consensus.RmPeer({ peer_id: peer }, { timeout: ctx.settings.joinTimeout * 4, signal })
  ctx.log.info(`removed peer ${peer}`)
}
