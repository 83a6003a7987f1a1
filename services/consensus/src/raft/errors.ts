/**
 * Named errors of the Raft core (conventions.md §6).
 *
 * The core has no dependencies, so these classes are its own; their `name`s
 * are the same as the chassis classes of the same condition. The shell
 * rethrows them as the chassis classes at the gRPC boundary (match on
 * `err.name`, keep `message` and, for NotLeaderError, `leader`).
 */

/** Base class: `name` is always the concrete class name. */
export class RaftError extends Error {
  constructor (message: string) {
    super(message)
    this.name = new.target.name
  }
}

/** This node cannot accept the request because it is not the leader; `leader` is the one it knows of, if any. */
export class NotLeaderError extends RaftError {
  constructor (message = 'not the leader', readonly leader?: string) {
    super(message)
  }
}

/** A membership change is refused because the previous one is not committed yet; retry later. */
export class MembershipChangeInProgressError extends RaftError {
  constructor (message = 'a membership change is already in progress') {
    super(message)
  }
}

/** The request itself is wrong (e.g. removing the last voter). */
export class InvalidParametersError extends RaftError {}

/** Thrown by {@link Storage}: the requested index was compacted into a snapshot. */
export class LogCompactedError extends RaftError {
  constructor (message = 'requested index is unavailable due to compaction') {
    super(message)
  }
}

/**
 * Thrown by {@link Storage}: the requested index is beyond the last index, or
 * (shell's choice) not loaded in memory right now. The core treats it as
 * "try again later" when sending appends.
 */
export class LogUnavailableError extends RaftError {
  constructor (message = 'requested entry is unavailable') {
    super(message)
  }
}

/** The core was driven against its contract (e.g. ready() twice without advance()). A bug in the caller. */
export class RaftUsageError extends RaftError {}
