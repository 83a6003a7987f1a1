import type { Libp2p, PeerId } from '@libp2p/interface'
import { peerIdFromString } from '@libp2p/peer-id'
import { multiaddr } from '@multiformats/multiaddr'
import { logger } from '@ipfscluster/chassis'
import type { AddressBook } from './address-book.js'
import type { Dialer } from './dial.js'

const log = logger('peermgr')

/** Backoff between reconnection attempts to one peer, ms. */
const RECONNECT_BACKOFF = { initial: 250, max: 30_000 }

/**
 * Keeps a connection open to every peer of the address book: dials at
 * start, when a peer is added and when a connection drops, then retries
 * with exponential backoff for as long as the peer stays in the book.
 */
export class ConnectionKeeper {
  private readonly retries = new Map<string, NodeJS.Timeout>()
  private readonly dialing = new Set<string>()
  private stopped = false
  private readonly onDisconnect = (evt: CustomEvent<PeerId>): void => {
    const peer = evt.detail.toString()
    if (!this.book.has(peer) || this.stopped) return
    log.info('lost connection to peer', { peer })
    this.ensure(peer)
  }

  constructor (private readonly node: Libp2p, private readonly book: AddressBook, private readonly dialer: Dialer) {}

  start (): void {
    this.node.addEventListener('peer:disconnect', this.onDisconnect)
    this.book.onChange(peer => {
      if (this.book.has(peer)) this.ensure(peer)
      else this.cancel(peer)
    })
    for (const peer of this.book.peers()) this.ensure(peer)
  }

  stop (): void {
    this.stopped = true
    this.node.removeEventListener('peer:disconnect', this.onDisconnect)
    for (const peer of [...this.retries.keys()]) this.cancel(peer)
  }

  /** True when a libp2p connection to `peer` is open. */
  connected (peer: string): boolean {
    return this.node.getConnections(peerIdFromString(peer)).length > 0
  }

  /** Dials `peer` now unless a dial is running; the backoff starts over. */
  private ensure (peer: string): void {
    this.cancel(peer)
    if (!this.stopped && !this.dialing.has(peer)) void this.attempt(peer, RECONNECT_BACKOFF.initial)
  }

  private cancel (peer: string): void {
    clearTimeout(this.retries.get(peer))
    this.retries.delete(peer)
  }

  private async attempt (peer: string, delay: number): Promise<void> {
    this.retries.delete(peer)
    if (this.stopped || !this.book.has(peer) || this.connected(peer)) return
    this.dialing.add(peer)
    const errors: string[] = []
    for (const address of this.book.addresses(peer)) {
      try {
        await this.dialer.connect(multiaddr(address))
        errors.length = 0
        break
      } catch (err) {
        errors.push((err as Error).message)
      }
    }
    this.dialing.delete(peer)
    if (errors.length === 0) {
      if (this.connected(peer)) log.info('connected to peer', { peer })
      return
    }
    if (this.stopped || !this.book.has(peer) || this.connected(peer)) return
    // The first failure is worth a warning; the retries that follow are not.
    log[delay === RECONNECT_BACKOFF.initial ? 'warn' : 'debug']('cannot reach peer, will retry', { peer, retry_ms: delay, err: errors.join('; ') })
    const timer = setTimeout(() => { void this.attempt(peer, Math.min(delay * 2, RECONNECT_BACKOFF.max)) }, delay)
    timer.unref()
    this.retries.set(peer, timer)
  }
}
