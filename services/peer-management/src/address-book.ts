import type { Multiaddr } from '@multiformats/multiaddr'
import { peerIdOf } from './addresses.js'

/**
 * The cluster peers this peer knows and their addresses (with `/p2p/<id>`):
 * from `cluster.peers`, `cluster.bootstrap`, the `peerstore` file, and
 * AddPeer/ImportAddresses/ConnectPeer. Every peer in it is kept connected.
 * Never holds this peer itself.
 */
export class AddressBook {
  private readonly byPeer = new Map<string, string[]>()
  private readonly listeners: Array<(peer: string) => void> = []

  constructor (private readonly self: string) {}

  /** Adds an address; returns its peer ID, or undefined when it names this peer. Throws when it has no /p2p/. */
  add (ma: Multiaddr): string | undefined {
    const peer = peerIdOf(ma)
    if (peer === undefined) throw new Error(`missing /p2p/<peer id> in "${ma.toString()}"`)
    if (peer === this.self) return undefined
    const list = this.byPeer.get(peer) ?? []
    const text = ma.toString()
    if (!list.includes(text)) {
      this.byPeer.set(peer, [...list, text])
      this.changed(peer)
    }
    return peer
  }

  /** Forgets a peer and its addresses; true when it was known. */
  remove (peer: string): boolean {
    const known = this.byPeer.delete(peer)
    if (known) this.changed(peer)
    return known
  }

  has (peer: string): boolean {
    return this.byPeer.has(peer)
  }

  /** Known peer IDs, sorted. */
  peers (): string[] {
    return [...this.byPeer.keys()].sort()
  }

  /** Addresses of one peer, or of every peer (sorted by peer). */
  addresses (peer?: string): string[] {
    if (peer !== undefined) return [...(this.byPeer.get(peer) ?? [])]
    return this.peers().flatMap(p => this.byPeer.get(p) ?? [])
  }

  /** Calls `fn` with the peer ID whenever a peer's addresses change. */
  onChange (fn: (peer: string) => void): void {
    this.listeners.push(fn)
  }

  private changed (peer: string): void {
    for (const fn of this.listeners) fn(peer)
  }
}
