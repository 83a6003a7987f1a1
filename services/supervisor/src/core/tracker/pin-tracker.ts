/**
 * The pin tracker (cluster-behaviour.md §7): makes this peer's IPFS hold what
 * the shared state allocates to it. It follows `Consensus.WatchApplied` from
 * its durable progress (applied-file.ts), runs the IPFS pin/unpin queues
 * (tracker-state.ts), and reconciles periodically with IPFS (ipfs-sync.ts)
 * and with the state (state-sync.ts).
 *
 * Statuses come out as proto `PinInfo` objects (`PinInfo__Output`): the CID
 * is binary (`cid: Buffer`, types.proto), `timestamp` Unix ms as a decimal
 * string, `status` the enum name (`TRACKER_STATUS_PINNED`).
 */
import { logger, type PromiseClient } from '@ipfscluster/chassis'
import type { ClusterSectionConfig, MapTrackerConfig } from '@ipfscluster/chassis/config'
import type { ConsensusClient, IPFSConnectorClient, Op__Output, Pin__Output, PinInfo__Output } from '@ipfscluster/proto'
import { AppliedFile } from './applied-file.js'
import { cidText } from './cid-text.js'
import { AppliedFollower, type FollowerOptions } from './applied-follower.js'
import { cidKey, pinInfo, type PeerIdentity, type Status } from './item.js'
import { ipfsPinset, markUnreachable, syncItem, type IpfsPinned } from './ipfs-sync.js'
import { PinnedJournal } from './pinned-journal.js'
import { stateSync } from './state-sync.js'
import { applySpan } from './tracing.js'
import { TrackerState } from './tracker-state.js'

const log = logger('pintracker')

/** What the tracker runs on. */
export interface PinTrackerDeps {
  /** This peer's cluster peer ID (canonical base58). */
  peerId: string
  /** `cluster.peername`. */
  peername: string
  /** The peer folder; the progress file goes to `<folder>/pintracker/`. */
  folder: string
  consensus: Pick<PromiseClient<ConsensusClient>, 'WatchApplied' | 'List' | 'Leader' | 'LogUnpin'>
  ipfs: Pick<PromiseClient<IPFSConnectorClient>, 'Pin' | 'Unpin' | 'PinLs' | 'PinLsCid' | 'ID'>
  maptracker: MapTrackerConfig
  /** `cluster` intervals (ms): state sync, IPFS sync, periodic recover (0 = never). */
  intervals: Pick<ClusterSectionConfig, 'stateSyncInterval' | 'ipfsSyncInterval' | 'pinRecoverInterval'>
  /** Reconnect pauses of the apply stream. */
  follower?: FollowerOptions
}

export class PinTracker {
  private readonly state: TrackerState
  private readonly file: AppliedFile
  private readonly journal: PinnedJournal
  /** What the journal held at start, for the start-up state sync. */
  private formerlyPinned: Set<string> | undefined
  private readonly follower: AppliedFollower
  private readonly stopper = new AbortController()
  private readonly timers: NodeJS.Timeout[] = []
  private readonly running = new Set<Promise<unknown>>()
  private readonly identity: PeerIdentity
  private applied = 0
  /** Last op index per CID key since the last state sync began. */
  private touched = new Map<string, number>()
  /** Keys re-sent by the snapshot image being received; undefined outside one. */
  private image: Set<string> | undefined
  /** The start-up state sync, run at the first caught_up. */
  private startup: 'pending' | 'running' | 'done' = 'pending'
  private markCaughtUp!: () => void
  private readonly caughtUp = new Promise<void>(resolve => { this.markCaughtUp = resolve })

  private constructor (private readonly deps: PinTrackerDeps) {
    this.identity = { peer: deps.peerId, peername: deps.peername, ipfsPeerId: '', ipfsAddresses: [] }
    this.file = new AppliedFile(deps.folder, () => this.progress())
    this.journal = new PinnedJournal(deps.folder)
    this.state = new TrackerState(deps.peerId, deps.maptracker, deps.ipfs, () => { this.file.changed() }, this.journal)
    this.follower = new AppliedFollower(deps.consensus, {
      connecting: () => { this.image = undefined },
      appliedIndex: () => this.applied,
      op: (index, op) => { this.apply(index, op) },
      reset: () => { this.image = new Set() },
      resetEnd: index => { this.endImage(index) },
      caughtUp: () => { this.onCaughtUp() }
    }, deps.follower)
  }

  /**
   * Loads the saved progress, queues the unpins left unfinished, starts
   * following consensus from the next index and starts the periodic syncs.
   * Resolves without waiting for consensus (see {@link whenCaughtUp}).
   */
  static async start (deps: PinTrackerDeps): Promise<PinTracker> {
    const tracker = new PinTracker(deps)
    const progress = await tracker.file.load()
    await tracker.journal.load()
    tracker.formerlyPinned = new Set(tracker.journal.keys)
    tracker.applied = progress.appliedIndex
    for (const cid of progress.pendingUnpins) tracker.state.untrack(cid)
    log.info('pin tracker starting', { from_index: tracker.applied + 1, pending_unpins: progress.pendingUnpins.length, pinned_before: tracker.formerlyPinned.size })
    tracker.refreshIdentity()
    tracker.follower.start()
    const { stateSyncInterval, ipfsSyncInterval, pinRecoverInterval } = deps.intervals
    tracker.every(stateSyncInterval, async () => { if (tracker.startup === 'done') await tracker.stateSync() })
    tracker.every(ipfsSyncInterval, async () => { await tracker.syncAllLocal() })
    if (pinRecoverInterval > 0) tracker.every(pinRecoverInterval, async () => { for await (const info of tracker.recoverAll()) void info })
    return tracker
  }

  /** Resolves once the first `caught_up` arrived and the start-up state sync ran (or the tracker stopped). */
  async whenCaughtUp (): Promise<void> {
    await this.caughtUp
  }

  /** Last applied index the items reflect (the one saved, once the save is done). */
  get appliedIndex (): number {
    return this.applied
  }

  /** Operations waiting in the pin and unpin queues. */
  get queued (): number {
    return this.state.queued
  }

  /** This peer's status of `cid` (`unpinned` when not tracked). */
  status (cid: Uint8Array): PinInfo__Output {
    return pinInfo(cid, this.state.items.get(cidKey(cid)), this.identity)
  }

  /** Every item's status, filtered by status when `filter` is non-empty. */
  async * statusAll (filter: Status[] = []): AsyncIterable<PinInfo__Output> {
    const wanted = new Set(filter)
    for (const item of [...this.state.items.values()]) {
      if (wanted.size === 0 || wanted.has(item.status)) yield pinInfo(item.cid, item, this.identity)
    }
  }

  /** Recovers one CID (§7.4); resolves with its status afterwards. */
  async recover (cid: Uint8Array): Promise<PinInfo__Output> {
    this.state.recover(cid)
    return this.status(cid)
  }

  /** Recovers every item, never stopping at one; yields each item's status afterwards. */
  async * recoverAll (): AsyncIterable<PinInfo__Output> {
    for (const item of [...this.state.items.values()]) {
      this.state.recover(item.cid, true)
      yield pinInfo(item.cid, item, this.identity)
    }
  }

  /** Direct entry for the PinTracker service's Track: same as an applied pin, without an index. */
  track (pin: Pin__Output): void {
    this.state.track(pin)
  }

  /** Direct entry for the PinTracker service's Untrack. */
  untrack (cid: Uint8Array): void {
    this.state.untrack(cid)
  }

  /** IPFS sync of one CID (§7.3); resolves with its status afterwards. */
  async syncLocal (cid: Uint8Array): Promise<PinInfo__Output> {
    const item = this.state.items.get(cidKey(cid))
    if (item === undefined || item.op?.waiting === true) return this.status(cid)
    try {
      const mode = item.pin?.maxDepth === 0 ? 'PIN_MODE_DIRECT' : 'PIN_MODE_RECURSIVE'
      const res = await this.deps.ipfs.PinLsCid({ cid, mode }, { idempotent: true, signal: this.stopper.signal })
      const pinned: IpfsPinned = res.type === 'IPFS_PIN_TYPE_RECURSIVE' ? 'recursive' : res.type === 'IPFS_PIN_TYPE_DIRECT' ? 'direct' : undefined
      syncItem(this.state, item, pinned, this.deps.maptracker)
    } catch (err) {
      log.warn('Is the ipfs daemon running?', { cid: cidText(cid), err: (err as Error).message })
    }
    return this.status(cid)
  }

  /** IPFS sync of every item (§7.3); resolves with the items whose status changed. */
  async syncAllLocal (): Promise<PinInfo__Output[]> {
    let pinset: Map<string, IpfsPinned>
    try {
      pinset = await ipfsPinset(this.deps.ipfs, this.stopper.signal)
    } catch (err) {
      if (this.stopper.signal.aborted) return []
      return markUnreachable(this.state, err as Error).map(item => pinInfo(item.cid, item, this.identity))
    }
    this.refreshIdentity()
    const changed: PinInfo__Output[] = []
    for (const [key, item] of [...this.state.items]) {
      if (item.op?.waiting === true) continue
      if (syncItem(this.state, item, pinset.get(key), this.deps.maptracker)) changed.push(pinInfo(item.cid, item, this.identity))
    }
    return changed
  }

  /** State sync (§7.5) against `Consensus.List`. */
  async stateSync (): Promise<void> {
    const startIndex = this.applied
    const touched = this.touched
    await stateSync({
      state: this.state,
      consensus: this.deps.consensus,
      self: this.deps.peerId,
      ipfs: this.deps.ipfs,
      startIndex,
      touchedAt: key => touched.get(key),
      formerlyPinned: this.formerlyPinned,
      signal: this.stopper.signal
    })
    this.formerlyPinned = undefined
    // Ops up to startIndex are now reflected by the list; later ones stay remembered for the next sync.
    for (const [key, index] of touched) if (index <= startIndex) touched.delete(key)
  }

  /** Stops following consensus and the timers, aborts running IPFS requests, and saves the progress. */
  async stop (): Promise<void> {
    this.stopper.abort()
    for (const t of this.timers) clearInterval(t)
    await this.follower.stop()
    this.state.stop()
    await Promise.allSettled([...this.running])
    await this.file.flush()
    await this.journal.flush()
    this.markCaughtUp()
  }

  private apply (index: number, op: Op__Output): void {
    const pin = op.pin
    if (pin != null && pin.cid.byteLength > 0) {
      const key = cidKey(pin.cid)
      this.touched.set(key, index)
      const traced = applySpan(op.type === 'OP_TYPE_PIN' ? 'pin' : 'unpin', cidText(pin.cid), index, op)
      if (op.type === 'OP_TYPE_PIN') this.state.track(pin, undefined, traced?.context)
      else if (op.type === 'OP_TYPE_UNPIN') this.state.untrack(pin.cid, traced?.context)
      traced?.span.end()
      // Inside a snapshot image the index is the snapshot's: progress moves only at reset_end.
      this.image?.add(key)
    }
    if (this.image !== undefined) return
    this.applied = index
    this.file.changed()
  }

  /** End of a snapshot image: what was held before and not re-sent is gone from the state. */
  private endImage (snapshotIndex: number): void {
    const seen = this.image ?? new Set()
    this.image = undefined
    let dropped = 0
    for (const [key, item] of [...this.state.items]) {
      if (item.pin === undefined || seen.has(key)) continue
      this.touched.set(key, snapshotIndex)
      this.state.untrack(item.cid)
      dropped++
    }
    log.info('snapshot image applied', { snapshot_index: snapshotIndex, pins: seen.size, dropped })
    this.applied = snapshotIndex
    this.file.changed()
  }

  private onCaughtUp (): void {
    if (this.startup !== 'pending') return
    this.startup = 'running'
    log.info('caught up with consensus', { applied_index: this.applied })
    // At start: the state sync picks up the pins applied before the saved index, then errored items are retried (§7.4).
    this.background(async () => {
      try {
        await this.stateSync()
        this.startup = 'done'
        this.markCaughtUp()
        for await (const info of this.recoverAll()) void info
      } catch (err) {
        if (this.stopper.signal.aborted) return
        // The next caught_up (after the stream reconnects) tries again.
        this.startup = 'pending'
        log.error('start-up state sync failed', { err: (err as Error).message })
      }
    })
  }

  private progress (): { appliedIndex: number, pendingUnpins: Uint8Array[] } {
    return { appliedIndex: this.applied, pendingUnpins: [...this.state.pendingUnpins].map(key => Buffer.from(key, 'latin1')) }
  }

  /** Refreshes the IPFS identity shown in statuses (best effort). */
  private refreshIdentity (): void {
    this.background(async () => {
      try {
        const res = await this.deps.ipfs.ID({}, { signal: this.stopper.signal, timeout: 10_000 })
        this.identity.ipfsPeerId = res.id?.id ?? ''
        this.identity.ipfsAddresses = res.id?.addresses ?? []
      } catch (err) {
        log.debug('IPFS identity unknown', { err: (err as Error).message })
      }
    })
  }

  /** Runs `task` every `ms`, skipping a turn while the previous run is still going. */
  private every (ms: number, task: () => Promise<void>): void {
    let busy = false
    const timer = setInterval(() => {
      if (busy) return
      busy = true
      this.background(async () => {
        try {
          await task()
        } catch (err) {
          if (!this.stopper.signal.aborted) log.error('periodic tracker task failed', { err: (err as Error).message })
        } finally {
          busy = false
        }
      })
    }, ms)
    timer.unref()
    this.timers.push(timer)
  }

  /** Keeps a background task so `stop()` can wait for it. */
  private background (task: () => Promise<unknown>): void {
    const p = task()
    this.running.add(p)
    void p.finally(() => this.running.delete(p))
  }
}
