import type { NodeId } from './types.js'

/** Outcome of counting votes over a set of voters. */
export type VoteResult = 'won' | 'lost' | 'pending'

/** Votes needed out of `n` voters. */
export function majority (n: number): number {
  return Math.floor(n / 2) + 1
}

/**
 * The highest index acknowledged by a majority of `voters` (the majority's
 * smallest match). 0 when there are no voters: nothing can commit without one.
 */
export function committedIndex (voters: readonly NodeId[], matchOf: (id: NodeId) => number): number {
  if (voters.length === 0) return 0
  const matches = voters.map(matchOf).sort((a, b) => b - a)
  return matches[majority(voters.length) - 1]
}

/** Won once a majority granted, lost once a majority can no longer grant. */
export function voteResult (voters: readonly NodeId[], votes: ReadonlyMap<NodeId, boolean>): VoteResult {
  if (voters.length === 0) return 'lost'
  let granted = 0
  let rejected = 0
  for (const id of voters) {
    const v = votes.get(id)
    if (v === true) granted++
    else if (v === false) rejected++
  }
  const need = majority(voters.length)
  if (granted >= need) return 'won'
  if (voters.length - rejected < need) return 'lost'
  return 'pending'
}

/** Does `isActive` hold for a majority of `voters`? */
export function hasQuorum (voters: readonly NodeId[], isActive: (id: NodeId) => boolean): boolean {
  if (voters.length === 0) return false
  let n = 0
  for (const id of voters) if (isActive(id)) n++
  return n >= majority(voters.length)
}
