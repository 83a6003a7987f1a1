/**
 * The Raft core of the consensus service: a deterministic state machine with
 * no timers, I/O or randomness of its own, shaped like etcd/raft. The shell
 * (WAL, transport, gRPC) drives a {@link RaftNode}:
 *
 * @example
 * ```ts
 * const storage = new MemoryStorage()
 * storage.bootstrap(['a', 'b', 'c'])
 * const node = new RaftNode({ id: 'a', storage, random: Math.random, electionTicks: 10, heartbeatTicks: 1 })
 * setInterval(() => node.tick(), 100)
 * // on every turn of the loop:
 * if (node.hasReady()) {
 *   const rd = node.ready()
 *   send(rd.messages)                       // may precede the fsync
 *   persist(rd.snapshot, rd.entries, rd.hardState)
 *   send(rd.messagesAfterPersist)
 *   apply(rd.committedEntries)
 *   node.advance()
 * }
 * ```
 */
export { RaftNode } from './node.js'
export type { Ready } from './ready.js'
export type { Storage } from './storage.js'
export { MemoryStorage, bootstrapState } from './memory-storage.js'
export { ticksFromDurations, type RaftOptions, type RaftDurations } from './config.js'
export {
  EMPTY_CONFIGURATION, decodeConfiguration, encodeConfiguration, isMember, isVoter, makeConfiguration, members, sameConfiguration
} from './configuration.js'
export {
  RaftError, NotLeaderError, MembershipChangeInProgressError, InvalidParametersError,
  LogCompactedError, LogUnavailableError, RaftUsageError
} from './errors.js'
export * from './types.js'
