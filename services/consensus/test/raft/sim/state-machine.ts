import { EntryKind, type Entry } from '../../../src/raft/index.js'

const decoder = new TextDecoder()

/**
 * The simulated replicated state: the set of applied command IDs plus a hash
 * chain over every applied entry, so two nodes at the same index with the
 * same chain applied the same sequence.
 */
export interface SmState {
  readonly ids: ReadonlySet<string>
  readonly chain: number
  readonly index: number
}

export class StateMachine {
  ids: Set<string>
  chain: number
  index: number

  constructor (from?: SmState) {
    this.ids = new Set(from?.ids ?? [])
    this.chain = from?.chain ?? 0
    this.index = from?.index ?? 0
  }

  apply (e: Entry): void {
    const key = contentKey(e)
    if (e.kind === EntryKind.COMMAND) this.ids.add(key.slice(EntryKind.COMMAND.length + 1))
    this.chain = chainHash(this.chain, e.index, key)
    this.index = e.index
  }

  /** An immutable copy: what a snapshot stores. */
  snapshot (): SmState {
    return { ids: new Set(this.ids), chain: this.chain, index: this.index }
  }
}

/** What identifies an entry's content (stands in for sha256 of the entry in the real trace checker). */
export function contentKey (e: Entry): string {
  return `${e.kind}:${decoder.decode(e.data)}`
}

/** FNV-1a over the previous link, the index and the content. */
export function chainHash (prev: number, index: number, key: string): number {
  let h = (prev ^ 0x811c9dc5) >>> 0
  const s = `${index}|${key}`
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i)
    h = Math.imul(h, 0x01000193) >>> 0
  }
  return h
}
