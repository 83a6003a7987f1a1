/**
 * Acting on monitor alerts (cluster-behaviour.md §6): only the Raft leader,
 * only for `ping` alerts, re-allocates the pins of the silent peer unless
 * `cluster.disable_repinning`. The stream is followed until stop; a broken
 * stream (peer-management restarting) is opened again.
 */
import { IDEMPOTENT, type CoreContext } from './context.js'
import { repinFrom } from './repin.js'

const RETRY_MS = 1000

/** Follows the alerts until `signal` aborts. */
export async function watchAlerts (ctx: CoreContext, signal: AbortSignal): Promise<void> {
  while (!signal.aborted) {
    try {
      for await (const item of ctx.clients.monitor.Alerts({ follow: true }, { signal })) {
        const metric = item.alert?.metric
        if (metric == null || metric.name !== 'ping') continue
        await onPingAlert(ctx, metric.peer)
      }
    } catch (err) {
      if (signal.aborted) return
      ctx.log.debug('alert stream broken, reopening', { err: (err as Error).message })
    }
    await new Promise(resolve => setTimeout(resolve, RETRY_MS).unref())
  }
}

async function onPingAlert (ctx: CoreContext, peer: string): Promise<void> {
  try {
    const { leader } = await ctx.clients.consensus.Leader({}, IDEMPOTENT)
    if (leader !== ctx.settings.self) return
    ctx.log.warn(`Peer ${ctx.settings.self} received alert for ping in ${peer}`)
    if (!ctx.settings.disableRepinning) await repinFrom(ctx, peer)
  } catch (err) {
    ctx.log.error(`error handling the ping alert of ${peer}`, { err: (err as Error).message })
  }
}
