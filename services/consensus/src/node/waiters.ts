import { NotLeaderError } from '@ipfscluster/chassis'
import type { Proposal } from '../raft/index.js'

interface Waiter {
  term: number
  resolve: (index: number) => void
  reject: (err: Error) => void
}

/**
 * Proposals waiting for their entry to apply. A proposal succeeded iff the
 * entry applied at its index has its term (ready.ts); another term there
 * means a new leader replaced it.
 */
export class ProposalWaiters {
  private readonly byIndex = new Map<number, Waiter>()

  get size (): number {
    return this.byIndex.size
  }

  /** Resolves with the index once the entry of `p` applies; rejects if another one lands there. */
  async wait (p: Proposal): Promise<number> {
    return new Promise((resolve, reject) => { this.byIndex.set(p.index, { term: p.term, resolve, reject }) })
  }

  /** The entry at `index` with `term` was applied. */
  applied (index: number, term: number): void {
    const w = this.byIndex.get(index)
    if (w === undefined) return
    this.byIndex.delete(index)
    if (w.term === term) w.resolve(index)
    else w.reject(new NotLeaderError(`leadership changed: entry ${index} was replaced`))
  }

  /** Everything up to `index` was replaced wholesale (a snapshot installed): outcome unknown. */
  supersededTo (index: number): void {
    for (const [i, w] of this.byIndex) {
      if (i > index) continue
      this.byIndex.delete(i)
      w.reject(new NotLeaderError('leadership changed before the entry was applied'))
    }
  }

  rejectAll (err: Error): void {
    for (const w of this.byIndex.values()) w.reject(err)
    this.byIndex.clear()
  }
}
