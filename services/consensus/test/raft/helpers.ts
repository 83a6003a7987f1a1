import {
  MemoryStorage, RaftNode, type Entry, type Message, type NodeId, type RaftOptions, type ReadState, type Ready
} from '../../src/raft/index.js'

const encoder = new TextEncoder()
const decoder = new TextDecoder()

export const bytes = (s: string): Uint8Array => encoder.encode(s)
export const text = (b: Uint8Array): string => decoder.decode(b)

/** The messages of `type` in `msgs`. */
export const ofType = <T extends Message['type']>(msgs: readonly Message[], type: T): Array<Message & { type: T }> =>
  msgs.filter((m): m is Message & { type: T } => m.type === type)

/**
 * Storage holding the bootstrap configuration at index 1 followed by one
 * COMMAND entry per term in `terms` (index 2, 3, …), at hard-state term `term`.
 */
export function storageWithTerms (voters: readonly NodeId[], terms: readonly number[], term = Math.max(1, ...terms)): MemoryStorage {
  const s = new MemoryStorage()
  s.bootstrap(voters)
  s.append(terms.map((t, i) => ({ index: i + 2, term: t, kind: 'COMMAND' as const, data: encoder.encode(`e${i + 2}t${t}`) })))
  s.setHardState({ term, vote: null, commit: 1 })
  return s
}

/** Terms of `t`'s log from index 1 to its last index. */
export function logTerms (t: TestNode): number[] {
  const last = t.node.status().lastIndex
  return Array.from({ length: last }, (_, i) => t.node.termAt(i + 1) ?? -1)
}

/** Defaults for unit tests: no jitter (random = 0 → timeouts are exactly the base). */
export const TEST_OPTIONS = { electionTicks: 10, heartbeatTicks: 1, leaseTicks: 10, random: () => 0 } as const

/** A core with its storage and what its shell applied. */
export interface TestNode {
  readonly id: NodeId
  node: RaftNode
  readonly storage: MemoryStorage
  readonly applied: Entry[]
  readonly readStates: ReadState[]
  /** Every Ready handed out, for contract checks. */
  readonly readies: Ready[]
}

export function newNode (id: NodeId, voters: readonly NodeId[] | null, opts: Partial<RaftOptions> = {}, storage = new MemoryStorage()): TestNode {
  if (voters !== null) storage.bootstrap(voters)
  return { id, node: new RaftNode({ ...TEST_OPTIONS, ...opts, id, storage }), storage, applied: [], readStates: [], readies: [] }
}

/** Restart `t` from its storage (everything volatile is lost). */
export function restart (t: TestNode, opts: Partial<RaftOptions> = {}): TestNode {
  return { ...t, node: new RaftNode({ ...TEST_OPTIONS, ...opts, id: t.id, storage: t.storage }), applied: [], readStates: [] }
}

/** Process one Ready like a synchronous shell; returns its messages (immediate first). */
export function processReady (t: TestNode): Message[] {
  const rd = t.node.ready()
  t.readies.push(rd)
  if (rd.snapshot !== undefined) t.storage.applySnapshot(rd.snapshot)
  t.storage.append(rd.entries)
  if (rd.hardState !== undefined) t.storage.setHardState(rd.hardState)
  t.applied.push(...rd.committedEntries)
  t.readStates.push(...rd.readStates)
  t.node.advance()
  return [...rd.messages, ...rd.messagesAfterPersist]
}

/** Process Readies until there are none; returns all messages. */
export function drain (t: TestNode): Message[] {
  const out: Message[] = []
  while (t.node.hasReady()) out.push(...processReady(t))
  return out
}

/** Commands applied by `t`, as strings. */
export function commands (t: TestNode): string[] {
  return t.applied.filter(e => e.kind === 'COMMAND').map(e => text(e.data))
}

/** A synchronous, lossless network of test nodes with link cuts. */
export class Net {
  readonly nodes = new Map<NodeId, TestNode>()
  private readonly cut = new Set<string>()
  /** Extra filter: return false to drop a message. */
  filter: (m: Message) => boolean = () => true
  /** Every message delivered so far. */
  readonly log: Message[] = []

  constructor (ids: readonly NodeId[], opts: Partial<RaftOptions> = {}, voters: readonly NodeId[] = ids) {
    for (const id of ids) this.nodes.set(id, newNode(id, voters, opts))
  }

  add (t: TestNode): void {
    this.nodes.set(t.id, t)
  }

  get (id: NodeId): TestNode {
    const t = this.nodes.get(id)
    if (t === undefined) throw new Error(`no node ${id}`)
    return t
  }

  isolate (id: NodeId): void {
    for (const other of this.nodes.keys()) {
      if (other === id) continue
      this.cut.add(`${id}>${other}`)
      this.cut.add(`${other}>${id}`)
    }
  }

  cutLink (from: NodeId, to: NodeId): void {
    this.cut.add(`${from}>${to}`)
  }

  heal (): void {
    this.cut.clear()
  }

  /** Deliver messages until the network is quiet. */
  stabilize (limit = 10000): void {
    for (let i = 0; i < limit; i++) {
      const batch: Message[] = []
      for (const t of this.nodes.values()) batch.push(...drain(t))
      if (batch.length === 0) return
      for (const m of batch) this.deliver(m)
    }
    throw new Error('network did not stabilize')
  }

  deliver (m: Message): void {
    const to = this.nodes.get(m.to)
    if (to === undefined || this.cut.has(`${m.from}>${m.to}`) || !this.filter(m)) return
    this.log.push(m)
    to.node.step(m)
  }

  /** Tick every node `n` times, stabilizing after each tick. */
  tickAll (n = 1): void {
    for (let i = 0; i < n; i++) {
      for (const t of this.nodes.values()) t.node.tick()
      this.stabilize()
    }
  }

  campaign (id: NodeId): void {
    this.get(id).node.campaign()
    this.stabilize()
  }

  leaders (): TestNode[] {
    return [...this.nodes.values()].filter(t => t.node.role === 'leader')
  }

  propose (id: NodeId, data: string): void {
    this.get(id).node.propose(bytes(data))
    this.stabilize()
  }
}
