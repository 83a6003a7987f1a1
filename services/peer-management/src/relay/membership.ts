import { connect, logger, ServiceUnavailableError, type PromiseClient } from '@ipfscluster/chassis'
import { loadProtos, type ConsensusClient } from '@ipfscluster/proto'

const log = logger('peermgr')

/** How long a fetched member list admits a peer before it is fetched again, ms. */
const FRESH_FOR = 1000
/**
 * How long it refuses one: short, so a peer just added is admitted at once,
 * yet a stranger's calls cost at most one consensus query per period.
 */
const RECHECK_AFTER = 100

/** The cluster's members as this peer sees them. */
interface Members {
  /** Consensus voters and learners, self included; undefined when consensus cannot be asked. */
  consensus: ReadonlySet<string> | undefined
}

/**
 * Who counts as a cluster member for `trusted` methods and for metric
 * pushes: the peers of the local consensus configuration. Before consensus
 * answers (it starts after this process) or when it is down, the address
 * book stands in: the peers this peer was configured with or told about by
 * a local caller or a trusted peer. In join mode (an empty configuration)
 * every peer with the secret is trusted (proto/src/policy.ts).
 */
export class Membership {
  private readonly client: PromiseClient<ConsensusClient>
  private cached?: { members: Members, at: number }
  private fetching?: Promise<Members>

  constructor (consensusSocket: string, private readonly addressBook: () => string[]) {
    this.client = connect(loadProtos().ipfscluster.consensus.v1.Consensus, consensusSocket, 'consensus')
  }

  /** True when `peer` may call `trusted` methods here. */
  async trusts (peer: string): Promise<boolean> {
    const age = this.cached !== undefined ? Date.now() - this.cached.at : Infinity
    if (age < FRESH_FOR && this.allows(this.cached?.members, peer)) return true
    if (age < RECHECK_AFTER) return false
    return this.allows(await this.fetch(), peer)
  }

  /** The other peers metrics go to: consensus members, or the address book when consensus has none to offer. */
  async peers (self: string): Promise<string[]> {
    const { consensus } = await this.fetch()
    const list = consensus !== undefined && consensus.size > 0 ? [...consensus] : this.addressBook()
    return list.filter(p => p !== self).sort()
  }

  close (): void {
    this.client.close()
  }

  private allows (members: Members | undefined, peer: string): boolean {
    if (members?.consensus === undefined) return this.addressBook().includes(peer)
    return members.consensus.size === 0 || members.consensus.has(peer)
  }

  private async fetch (): Promise<Members> {
    this.fetching ??= this.ask().then(members => {
      this.cached = { members, at: Date.now() }
      return members
    }).finally(() => { this.fetching = undefined })
    return this.fetching
  }

  private async ask (): Promise<Members> {
    try {
      const res = await this.client.Peers({}, { timeout: 2000 })
      return { consensus: new Set(res.peers) }
    } catch (err) {
      if (!(err instanceof ServiceUnavailableError)) log.warn('cannot read the consensus peerset; trusting the address book', { err: (err as Error).message })
      return { consensus: undefined }
    }
  }
}
