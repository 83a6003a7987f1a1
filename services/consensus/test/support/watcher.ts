import { join } from 'node:path'
import { connect, type PromiseClient } from '@ipfscluster/chassis'
import { loadProtos, type ConsensusClient, type MessageOutput } from '@ipfscluster/proto'
import { waitFor } from '@ipfscluster/testing'
import { CID } from 'multiformats/cid'
import type { TestNode } from './nodes.js'

const { Consensus } = loadProtos().ipfscluster.consensus.v1
type Item = MessageOutput<'ipfscluster.consensus.v1.WatchAppliedResponse'>

/** One applied op as a consumer records it. */
export interface Seen {
  index: number
  op: string
}

const describe = (i: Item): Seen | undefined => i.applied == null
  ? undefined
  : { index: Number(i.applied.index), op: `${i.applied.op?.type} ${CID.decode(i.applied.op?.pin?.cid ?? new Uint8Array()).toString()}` }

/**
 * A WatchApplied consumer like the supervisor's pin tracker: it acknowledges
 * each index it receives and, when the stream breaks (the consensus process
 * died), reconnects with from_index = last acknowledged + 1.
 */
export class Watcher {
  readonly seen: Seen[] = []
  reconnects = 0
  private readonly client: PromiseClient<ConsensusClient>
  private readonly abort = new AbortController()
  private readonly done: Promise<void>

  constructor (node: TestNode) {
    this.client = connect(Consensus, join(node.sockets, 'consensus.sock'), `consensus of ${node.name}`)
    this.done = this.run()
  }

  get last (): number {
    return this.seen.length === 0 ? 0 : this.seen[this.seen.length - 1].index
  }

  private async run (): Promise<void> {
    while (!this.abort.signal.aborted) {
      // one signal per connection: the client leaves a listener on each signal it is given
      const connection = new AbortController()
      const hangUp = (): void => { connection.abort() }
      this.abort.signal.addEventListener('abort', hangUp, { once: true })
      try {
        for await (const item of this.client.WatchApplied({ from_index: this.last + 1 }, { signal: connection.signal })) {
          if (item.reset != null) throw new Error('unexpected reset: the consumer resumed within the log')
          const s = describe(item)
          if (s !== undefined) this.seen.push(s)
        }
      } catch {
        if (this.abort.signal.aborted) return
        this.reconnects++
        await new Promise(resolve => setTimeout(resolve, 100))
      } finally {
        this.abort.signal.removeEventListener('abort', hangUp)
      }
    }
  }

  async stop (): Promise<void> {
    this.abort.abort()
    await this.done
    this.client.close()
  }
}

/** Everything a fresh WatchApplied(1) of `c` sends until caught_up. */
export async function fullHistory (c: PromiseClient<ConsensusClient>): Promise<Seen[]> {
  const out: Seen[] = []
  const abort = new AbortController()
  let caughtUp = false
  try {
    for await (const item of c.WatchApplied({ from_index: 1 }, { signal: abort.signal })) {
      if (item.caught_up != null) { caughtUp = true; break }
      const s = describe(item)
      if (s !== undefined) out.push(s)
    }
  } finally {
    abort.abort()
  }
  await waitFor(() => caughtUp, { what: 'caught_up' })
  return out
}
