import type { Configuration, NodeId } from './types.js'

const encoder = new TextEncoder()
const decoder = new TextDecoder()

/** The configuration of a node that has none yet (join mode). */
export const EMPTY_CONFIGURATION: Configuration = Object.freeze({ voters: [], learners: [] })

/** A normalised copy: sorted, de-duplicated, voters win over learners. */
export function makeConfiguration (voters: Iterable<NodeId>, learners: Iterable<NodeId> = []): Configuration {
  const v = [...new Set(voters)].sort()
  const vs = new Set(v)
  const l = [...new Set(learners)].filter(id => !vs.has(id)).sort()
  return { voters: v, learners: l }
}

/**
 * The payload of a CONFIGURATION entry: UTF-8 JSON `{"voters":[…],"learners":[…]}`
 * with sorted arrays, so equal configurations encode to equal bytes.
 */
export function encodeConfiguration (c: Configuration): Uint8Array {
  const n = makeConfiguration(c.voters, c.learners)
  return encoder.encode(JSON.stringify({ voters: n.voters, learners: n.learners }))
}

/** Inverse of {@link encodeConfiguration}; throws on malformed data (a corrupted log). */
export function decodeConfiguration (data: Uint8Array): Configuration {
  const parsed: unknown = JSON.parse(decoder.decode(data))
  if (typeof parsed !== 'object' || parsed === null) throw new Error('invalid configuration entry')
  const { voters, learners } = parsed as { voters?: unknown, learners?: unknown }
  if (!isStringArray(voters) || !(learners === undefined || isStringArray(learners))) {
    throw new Error('invalid configuration entry')
  }
  return makeConfiguration(voters, learners ?? [])
}

function isStringArray (x: unknown): x is string[] {
  return Array.isArray(x) && x.every(s => typeof s === 'string')
}

export function isVoter (c: Configuration, id: NodeId): boolean {
  return c.voters.includes(id)
}

export function isMember (c: Configuration, id: NodeId): boolean {
  return c.voters.includes(id) || c.learners.includes(id)
}

/** Voters then learners. */
export function members (c: Configuration): NodeId[] {
  return [...c.voters, ...c.learners]
}

export function sameConfiguration (a: Configuration, b: Configuration): boolean {
  return a.voters.join('\n') === b.voters.join('\n') && a.learners.join('\n') === b.learners.join('\n')
}
