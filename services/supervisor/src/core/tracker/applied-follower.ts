/**
 * Follows `Consensus.WatchApplied` (consensus.proto) from the tracker's last
 * applied index: applied ops, snapshot images (`reset` … `reset_end`) and
 * the one `caught_up` marker of each call go to the sink in stream order.
 * When consensus restarts or the stream breaks it reconnects with a doubling
 * pause, resuming after the last op the sink took — nothing skipped, nothing
 * repeated.
 */
import { setTimeout as sleep } from 'node:timers/promises'
import { logger, type PromiseClient } from '@ipfscluster/chassis'
import type { ConsensusClient, Op__Output } from '@ipfscluster/proto'

const log = logger('pintracker')

type WatchItem = PromiseClient<ConsensusClient>['WatchApplied'] extends (...args: any[]) => AsyncIterable<infer T> ? T : never

/** What the follower feeds. */
export interface AppliedSink {
  /** A new call begins: a snapshot image the last one left unfinished will not continue. */
  connecting: () => void
  /** The last index taken; the stream resumes at the next one. */
  appliedIndex: () => number
  /** An applied op, or (between reset and resetEnd) one pin of a snapshot image. */
  op: (index: number, op: Op__Output) => void
  reset: (snapshotIndex: number) => void
  resetEnd: (snapshotIndex: number) => void
  caughtUp: (appliedIndex: number) => void
}

export interface FollowerOptions {
  /** First pause before reconnecting, ms; doubled up to `maxDelay`. */
  initialDelay?: number
  maxDelay?: number
}

export class AppliedFollower {
  private readonly stopper = new AbortController()
  private loop: Promise<void> | undefined

  constructor (
    private readonly consensus: Pick<PromiseClient<ConsensusClient>, 'WatchApplied'>,
    private readonly sink: AppliedSink,
    private readonly opts: FollowerOptions = {}
  ) {}

  start (): void {
    this.loop ??= this.run()
  }

  async stop (): Promise<void> {
    this.stopper.abort()
    await this.loop
  }

  private async run (): Promise<void> {
    const initial = this.opts.initialDelay ?? 100
    const max = this.opts.maxDelay ?? 5000
    let delay = initial
    let lost = false
    const signal = this.stopper.signal
    while (!signal.aborted) {
      try {
        this.sink.connecting()
        const from = this.sink.appliedIndex() + 1
        for await (const res of this.consensus.WatchApplied({ from_index: String(from) }, { signal, timeout: Infinity })) {
          if (lost) log.info('following consensus again', { from })
          lost = false
          delay = initial
          this.take(res)
        }
        if (!signal.aborted && !lost) log.warn('consensus ended the apply stream; reconnecting')
      } catch (err) {
        if (signal.aborted) break
        if (!lost) log.warn('consensus apply stream lost; reconnecting', { err: (err as Error).message })
      }
      lost = true
      await sleep(delay, undefined, { signal }).catch(() => {})
      delay = Math.min(delay * 2, max)
    }
  }

  private take (res: WatchItem): void {
    switch (res.item) {
      case 'applied':
        if (res.applied?.op != null) this.sink.op(Number(res.applied.index), res.applied.op)
        break
      case 'reset':
        this.sink.reset(Number(res.reset?.snapshot_index))
        break
      case 'reset_end':
        this.sink.resetEnd(Number(res.reset_end?.snapshot_index))
        break
      case 'caught_up':
        this.sink.caughtUp(Number(res.caught_up?.applied_index))
        break
    }
  }
}
