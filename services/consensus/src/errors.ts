/**
 * The Raft core has its own error classes (it depends on nothing); at the
 * edge of the shell they become the chassis classes of the same name, so
 * they cross gRPC with their status and are rebuilt by clients.
 */
import {
  AbortError, ClusterError, InvalidParametersError, MembershipChangeInProgressError, NotLeaderError
} from '@ipfscluster/chassis'
import { RaftError, NotLeaderError as CoreNotLeaderError } from './raft/index.js'

/** The chassis error for a core error (by class name); other errors unchanged. */
export function fromCore (err: unknown): unknown {
  if (!(err instanceof RaftError)) return err
  if (err instanceof CoreNotLeaderError) return new NotLeaderError(err.message, err.leader)
  switch (err.name) {
    case 'MembershipChangeInProgressError': return new MembershipChangeInProgressError(err.message)
    case 'InvalidParametersError': return new InvalidParametersError(err.message)
    default: return err
  }
}

/** Runs `fn`, rethrowing core errors as chassis ones. */
export function coreCall<T> (fn: () => T): T {
  try {
    return fn()
  } catch (err) {
    throw fromCore(err)
  }
}

/** The error a wait ends with when `signal` aborts: its reason when that is one of ours (deadline, cancel, no leader), else AbortError. */
export function abortReason (signal: AbortSignal): Error {
  const r: unknown = signal.reason
  return r instanceof ClusterError ? r : new AbortError()
}
