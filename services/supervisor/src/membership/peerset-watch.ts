import { logger } from '@ipfscluster/chassis'
import type { MembershipFile } from './membership-file.js'

const log = logger('cluster')

/** What the watch reads from the peer's services. */
export interface PeersetSource {
  /** Voters and learners of the consensus configuration; empty while joining. */
  consensusPeers: () => Promise<string[]>
  /** Known addresses (`/p2p/<id>` form) of these peers, one per peer where known. */
  addressesOf: (peerIds: readonly string[]) => Promise<string[]>
}

/**
 * The peerset watch (cluster-behaviour.md §9.4): saves `cluster.peers`
 * whenever the consensus membership changes, and notices when this peer has
 * been removed by the others, in which case `bootstrap` is set to the
 * remaining peers so the peer can join again once clean, and `onRemoved`
 * stops it.
 */
export class PeersetWatch {
  private last: string[] | undefined
  private timer: NodeJS.Timeout | undefined
  private running: Promise<void> | undefined
  private removedFlag = false

  constructor (
    private readonly self: string,
    private readonly source: PeersetSource,
    private readonly file: MembershipFile,
    private readonly interval: number,
    private readonly onRemoved: () => void
  ) {}

  /** True once this peer saw itself removed from the membership. */
  get removed (): boolean {
    return this.removedFlag
  }

  /** The members other than self at the last check. */
  get otherPeers (): readonly string[] {
    return (this.last ?? []).filter(p => p !== this.self)
  }

  start (): void {
    this.timer = setInterval(() => { void this.check() }, this.interval)
    this.timer.unref()
    void this.check()
  }

  async stop (): Promise<void> {
    clearInterval(this.timer)
    this.timer = undefined
    await this.running
  }

  /** One check; concurrent calls share the one in flight. A failed save is logged and retried at the next check. */
  async check (): Promise<void> {
    this.running ??= this.checkOnce()
      .catch(err => { log.error(`peerset watch: ${(err as Error).message}`) })
      .finally(() => { this.running = undefined })
    await this.running
  }

  private async checkOnce (): Promise<void> {
    if (this.removedFlag) return
    let peers: string[]
    try {
      peers = [...await this.source.consensusPeers()].sort()
    } catch (err) {
      log.debug('peerset watch: consensus not answering', { error: (err as Error).message })
      return
    }
    // An empty peerset is a peer still waiting to be added (join mode), not a removal.
    if (peers.length === 0 || sameList(peers, this.last)) return
    const others = peers.filter(p => p !== this.self)
    const addresses = await this.source.addressesOf(others)
    if (!peers.includes(this.self)) {
      if (this.last?.includes(this.self) !== true) return
      this.removedFlag = true
      log.info(`${this.self}: removed from raft. Initiating shutdown`)
      await this.file.save({ bootstrap: addresses, peers: [] })
      this.onRemoved()
      return
    }
    log.info('peerset change detected', { peers })
    await this.file.save({ peers: addresses })
    this.last = peers
  }
}

function sameList (a: readonly string[], b: readonly string[] | undefined): boolean {
  return b !== undefined && a.length === b.length && a.every((v, i) => v === b[i])
}
