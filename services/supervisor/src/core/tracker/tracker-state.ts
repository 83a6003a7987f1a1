/**
 * The tracked items and their transitions (cluster-behaviour.md §3.5, §7.1,
 * §7.2, §7.4): what an applied pin or unpin does to an item, the queued IPFS
 * operations, the workers' outcomes and recover. No timers and no consensus
 * here: the PinTracker feeds it.
 */
import type { Context } from '@opentelemetry/api'
import { logger, type PromiseClient } from '@ipfscluster/chassis'
import type { IPFSConnectorClient, Pin__Output } from '@ipfscluster/proto'
import type { MapTrackerConfig } from '@ipfscluster/chassis/config'
import { cidText } from './cid-text.js'
import { allocatedTo, cidKey, Item, LOCAL_PIN_STATUSES, trackedPin, type Operation, type Status } from './item.js'
import { OperationQueue, QUEUE_FULL } from './operation-queue.js'
import { inSpan } from './tracing.js'

const log = logger('pintracker')

/** The connector calls the workers make. */
export type PinWorkerIpfs = Pick<PromiseClient<IPFSConnectorClient>, 'Pin' | 'Unpin'>

/** Where the keys of the CIDs held in IPFS for the cluster are recorded. */
export interface PinnedSet {
  add: (key: string) => void
  delete: (key: string) => void
}

export class TrackerState {
  readonly items = new Map<string, Item>()
  /** Keys of the CIDs whose unpin is queued, running or failed (saved: the state cannot tell them again). */
  readonly pendingUnpins = new Set<string>()
  private readonly queue: OperationQueue

  /**
   * @param changed - called when `pendingUnpins` changed (the owner saves them)
   * @param pinned - told of every CID this tracker sees pinned or unpinned in IPFS (pinned-journal.ts)
   */
  constructor (
    private readonly self: string,
    private readonly config: MapTrackerConfig,
    private readonly ipfs: PinWorkerIpfs,
    private readonly changed: () => void,
    private readonly pinned: PinnedSet = { add: () => {}, delete: () => {} }
  ) {
    this.queue = new OperationQueue({ concurrentPins: config.concurrentPins, maxSize: config.maxPinQueueSize }, async op => this.run(op))
  }

  /** Operations waiting in the queues. */
  get queued (): number {
    return this.queue.size
  }

  /**
   * An applied pin: allocated here → pin it (unless `ipfsPinned`, what IPFS
   * is known to hold, says it is there); allocated elsewhere → `remote`,
   * unpinning first what this peer held. Idempotent.
   */
  track (stored: Pin__Output, ipfsPinned?: boolean, trace?: Context): void {
    const key = cidKey(stored.cid)
    const pin = trackedPin(stored)
    let item = this.items.get(key)
    if (item === undefined) {
      item = new Item(key)
      this.items.set(key, item)
    }
    const before = item.pin
    item.pin = pin
    if (!allocatedTo(pin, this.self)) {
      if (item.op?.kind === 'unpin' || item.status === 'TRACKER_STATUS_UNPIN_ERROR') return
      if (LOCAL_PIN_STATUSES.has(item.status)) this.enqueue(item, 'unpin', trace)
      else setStatus(item, 'TRACKER_STATUS_REMOTE')
      return
    }
    if (item.op?.kind === 'pin') return
    if (item.status === 'TRACKER_STATUS_PINNED' && before?.maxDepth === pin.maxDepth) return
    if (ipfsPinned === true && item.op === undefined) {
      this.forgetUnpin(item)
      this.markPinned(item)
      return
    }
    this.enqueue(item, 'pin', trace)
  }

  /** An applied unpin: unpin in IPFS what this peer may hold; an item allocated elsewhere is just dropped. Idempotent. */
  untrack (cid: Uint8Array, trace?: Context): void {
    const key = cidKey(cid)
    const item = this.items.get(key)
    if (item === undefined) {
      // Unknown here (e.g. pinned before a restart of this process): IPFS says whether there is anything to remove.
      const fresh = new Item(key)
      this.items.set(key, fresh)
      this.enqueue(fresh, 'unpin', trace)
      return
    }
    item.pin = undefined
    if (item.status === 'TRACKER_STATUS_REMOTE' && item.op === undefined) {
      this.items.delete(key)
      return
    }
    if (item.op?.kind !== 'unpin') this.enqueue(item, 'unpin', trace)
  }

  /**
   * Recover (§7.4): `pin_error`/`unexpectedly_unpinned` → pin again,
   * `unpin_error` → unpin again; anything else stays (INFO `<cid> does not
   * need recovery` unless `quiet`: recover-all would say it of every healthy item).
   */
  recover (cid: Uint8Array, quiet = false): void {
    const item = this.items.get(cidKey(cid))
    if (item === undefined) return
    switch (item.status) {
      case 'TRACKER_STATUS_PIN_ERROR':
      case 'TRACKER_STATUS_UNEXPECTEDLY_UNPINNED':
        if (item.pin !== undefined && allocatedTo(item.pin, this.self)) this.enqueue(item, 'pin')
        else this.enqueue(item, 'unpin')
        return
      case 'TRACKER_STATUS_UNPIN_ERROR':
        this.enqueue(item, 'unpin')
        return
      default:
        if (!quiet) log.info(`${cidText(cid)} does not need recovery`)
    }
  }

  /** Sets `status` (with `error`) on an item, ending any operation it had (IPFS sync found it settled). */
  settle (item: Item, status: Status, error = ''): void {
    this.drop(item.op)
    item.op = undefined
    if (status === 'TRACKER_STATUS_PINNED') this.markPinned(item)
    else setStatus(item, status, error)
  }

  /** An unpin finished (IPFS has no pin): the item goes, or stays as `remote` while the state still holds it. */
  unpinned (item: Item): void {
    this.drop(item.op)
    item.op = undefined
    this.forgetUnpin(item)
    this.pinned.delete(item.key)
    if (item.pin === undefined) this.items.delete(item.key)
    else if (allocatedTo(item.pin, this.self)) this.enqueue(item, 'pin')
    else setStatus(item, 'TRACKER_STATUS_REMOTE')
  }

  /** Starts nothing more and aborts the running IPFS requests (their items keep their status; unfinished unpins stay pending). */
  stop (): void {
    this.queue.stop()
    for (const item of this.items.values()) {
      if (item.op === undefined) continue
      item.op.cancelled = true
      item.op.abort.abort()
    }
  }

  private enqueue (item: Item, kind: 'pin' | 'unpin', trace?: Context): void {
    this.drop(item.op)
    const priority = kind === 'pin' && this.isPriority(item)
    const op: Operation = { kind, abort: new AbortController(), cancelled: false, waiting: false, priority, item, trace }
    if (kind === 'unpin') this.rememberUnpin(item)
    else this.forgetUnpin(item)
    item.priority = priority
    // Status first: the queue may start the op at once, and the worker then says `pinning`.
    item.op = op
    setStatus(item, kind === 'pin' ? 'TRACKER_STATUS_PIN_QUEUED' : 'TRACKER_STATUS_UNPIN_QUEUED')
    if (!this.queue.push(op)) {
      item.op = undefined
      setStatus(item, kind === 'pin' ? 'TRACKER_STATUS_PIN_ERROR' : 'TRACKER_STATUS_UNPIN_ERROR', QUEUE_FULL)
    }
  }

  /** Young pins with few attempts go first (`priority_pin_max_age`, `priority_pin_max_retries`). */
  private isPriority (item: Item): boolean {
    const age = Date.now() - (item.pin?.timestamp ?? 0)
    return age < this.config.priorityPinMaxAge && item.attemptCount <= this.config.priorityPinMaxRetries
  }

  /** Cancels a queued op, or aborts a running one's IPFS request. */
  private drop (op: Operation | undefined): void {
    if (op === undefined) return
    this.queue.cancel(op)
    op.abort.abort()
  }

  private async run (op: Operation): Promise<void> {
    const item = op.item
    if (op.kind === 'pin') {
      setStatus(item, 'TRACKER_STATUS_PINNING')
      try {
        const pin = item.pin
        const request = { cid: item.cid, max_depth: pin?.maxDepth ?? -1, origins: [...pin?.origins ?? []], pin_update: pin?.pinUpdate ?? new Uint8Array() }
        await inSpan('pintracker ipfs pin', cidText(item.cid), op.trace, async () => {
          for await (const event of this.ipfs.Pin({ pin: request }, { signal: op.abort.signal })) void event
        })
        if (op.cancelled) return
        item.op = undefined
        this.markPinned(item)
        log.info(`IPFS Pin request succeeded: ${cidText(item.cid)}`)
      } catch (err) {
        if (op.cancelled) return
        item.op = undefined
        item.attemptCount++
        setStatus(item, 'TRACKER_STATUS_PIN_ERROR', (err as Error).message)
        log.error('IPFS pin failed', { cid: cidText(item.cid), attempt: item.attemptCount, err: (err as Error).message })
      }
      return
    }
    setStatus(item, 'TRACKER_STATUS_UNPINNING')
    try {
      await inSpan('pintracker ipfs unpin', cidText(item.cid), op.trace, async () => this.ipfs.Unpin({ cid: item.cid }, { signal: op.abort.signal, timeout: Infinity, idempotent: true }))
      if (op.cancelled) return
      item.op = undefined
      log.info(`IPFS Unpin request succeeded: ${cidText(item.cid)}`)
      this.unpinned(item)
    } catch (err) {
      if (op.cancelled) return
      item.op = undefined
      setStatus(item, 'TRACKER_STATUS_UNPIN_ERROR', (err as Error).message)
      log.error('IPFS unpin failed', { cid: cidText(item.cid), err: (err as Error).message })
    }
  }

  private markPinned (item: Item): void {
    setStatus(item, 'TRACKER_STATUS_PINNED')
    this.pinned.add(item.key)
  }

  private rememberUnpin (item: Item): void {
    if (this.pendingUnpins.has(item.key)) return
    this.pendingUnpins.add(item.key)
    this.changed()
  }

  private forgetUnpin (item: Item): void {
    if (this.pendingUnpins.delete(item.key)) this.changed()
  }
}

function setStatus (item: Item, status: Status, error = ''): void {
  item.status = status
  item.error = error
  item.timestamp = Date.now()
}
