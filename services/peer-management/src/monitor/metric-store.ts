import type { Metric__Output } from '@ipfscluster/proto'

/** Metrics kept per (name, peer), newest last (cluster-behaviour.md §5). */
const KEEP = 10

/** Now, in the Unix nanoseconds of `Metric.expire` and `received_at`. */
export function nowNs (): bigint {
  return BigInt(Date.now()) * 1_000_000n
}

/** True when the metric's `expire` has passed at `now`. */
export function expired (m: Metric__Output, now: bigint): boolean {
  return BigInt(m.expire) <= now
}

/** The last metrics received, per metric name and peer. */
export class MetricStore {
  private readonly byName = new Map<string, Map<string, Metric__Output[]>>()

  /** Stores `m` stamped with `received_at` = now. */
  add (m: Metric__Output): Metric__Output {
    const stored = { ...m, received_at: String(nowNs()) }
    const peers = this.byName.get(m.name) ?? new Map<string, Metric__Output[]>()
    this.byName.set(m.name, peers)
    const list = peers.get(m.peer) ?? []
    peers.set(m.peer, [...list.slice(1 - KEEP), stored])
    return stored
  }

  /** The latest metric of `name` of every peer, when it is valid and unexpired; sorted by peer. */
  latestValid (name: string, now = nowNs()): Metric__Output[] {
    return this.latest().filter(m => m.name === name && m.valid && !expired(m, now))
  }

  /** The latest metric of every (name, peer), sorted by name then peer. */
  latest (): Metric__Output[] {
    const out: Metric__Output[] = []
    for (const name of this.names()) {
      const peers = this.byName.get(name) ?? new Map<string, Metric__Output[]>()
      for (const peer of [...peers.keys()].sort()) {
        const last = peers.get(peer)?.at(-1)
        if (last !== undefined) out.push(last)
      }
    }
    return out
  }

  /** Metric names received so far, sorted. */
  names (): string[] {
    return [...this.byName.keys()].sort()
  }

  /** Forgets every metric of `peer`. */
  dropPeer (peer: string): void {
    for (const peers of this.byName.values()) peers.delete(peer)
  }
}
