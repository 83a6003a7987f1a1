/**
 * Joining a running cluster from the new peer (cluster-behaviour.md §9.2
 * steps 1 and 7): peer-management asks a bootstrap peer to add us, then we
 * wait until our consensus caught up and reconcile the tracker.
 */
import { IDEMPOTENT, type CoreContext } from './context.js'

/**
 * Joins through the first bootstrap address that accepts.
 *
 * @throws PeerUnavailableError `bootstrap unsuccessful: …` when none did
 */
export async function join (ctx: CoreContext, addresses: string[], signal?: AbortSignal): Promise<void> {
  const joined = await ctx.clients.peerManager.Bootstrap({ addresses }, { timeout: ctx.settings.joinTimeout * 8, signal })
  await ctx.clients.consensus.WaitForSync({}, { ...IDEMPOTENT, timeout: ctx.settings.joinTimeout * 4, signal })
  await ctx.tracker.stateSync()
  ctx.log.info(`${ctx.settings.self}: joined ${joined.peer_id}'s cluster`)
}

/** True while our consensus has no configuration yet: started in join mode, not added by anyone. */
export async function waitingToJoin (ctx: CoreContext): Promise<boolean> {
  return (await ctx.clients.consensus.Peers({}, IDEMPOTENT)).peers.length === 0
}
