import { Metadata, status as Status, type ServiceError, type StatusObject } from '@grpc/grpc-js'
import * as errors from '../errors.js'

type ErrorClass = new (message: string) => Error

/** Trailing-metadata keys that carry the error class and its extra fields. */
export const ERROR_NAME_KEY = 'x-ipfscluster-error'
export const LEADER_KEY = 'x-ipfscluster-leader'

const byName = new Map<string, { cls: ErrorClass, code: Status }>()

/**
 * Declares how an error class crosses a gRPC boundary. Services register their
 * own domain classes (for instance the connector's IpfsError) next to the
 * chassis ones below.
 */
export function registerError (cls: ErrorClass, code: Status): void {
  byName.set(cls.name, { cls, code })
}

registerError(errors.InvalidParametersError, Status.INVALID_ARGUMENT)
registerError(errors.InvalidConfigError, Status.INVALID_ARGUMENT)
registerError(errors.NotFoundError, Status.NOT_FOUND)
registerError(errors.AlreadyExistsError, Status.ALREADY_EXISTS)
registerError(errors.PermissionDeniedError, Status.PERMISSION_DENIED)
registerError(errors.NotLeaderError, Status.UNAVAILABLE)
registerError(errors.NoLeaderError, Status.UNAVAILABLE)
registerError(errors.NotReadyError, Status.UNAVAILABLE)
registerError(errors.IpfsUnavailableError, Status.UNAVAILABLE)
registerError(errors.ServiceUnavailableError, Status.UNAVAILABLE)
registerError(errors.PeerUnavailableError, Status.UNAVAILABLE)
registerError(errors.UnsupportedOperationError, Status.FAILED_PRECONDITION)
registerError(errors.MembershipChangeInProgressError, Status.FAILED_PRECONDITION)
registerError(errors.TimeoutError, Status.DEADLINE_EXCEEDED)
registerError(errors.MessageTooLargeError, Status.RESOURCE_EXHAUSTED)
registerError(errors.AbortError, Status.CANCELLED)
registerError(errors.InternalError, Status.INTERNAL)

/** Fallback classes for statuses that arrive without a known class name. */
const byCode = new Map<Status, ErrorClass>([
  [Status.INVALID_ARGUMENT, errors.InvalidParametersError],
  [Status.NOT_FOUND, errors.NotFoundError],
  [Status.ALREADY_EXISTS, errors.AlreadyExistsError],
  [Status.PERMISSION_DENIED, errors.PermissionDeniedError],
  [Status.UNAVAILABLE, errors.ServiceUnavailableError],
  [Status.FAILED_PRECONDITION, errors.UnsupportedOperationError],
  [Status.DEADLINE_EXCEEDED, errors.TimeoutError],
  [Status.RESOURCE_EXHAUSTED, errors.MessageTooLargeError],
  [Status.CANCELLED, errors.AbortError]
])

/** True when `err` is registered, i.e. its message is meant for the caller. */
export function isKnownError (err: unknown): err is Error {
  return err instanceof Error && byName.get(err.name)?.cls === err.constructor
}

/**
 * The status a handler's failure is sent as. Unknown errors become INTERNAL
 * with a generic message: their details are logged once by the server.
 */
export function toStatus (err: unknown): Partial<StatusObject> & { code: Status, details: string } {
  const metadata = new Metadata()
  if (!isKnownError(err)) {
    metadata.set(ERROR_NAME_KEY, errors.InternalError.name)
    return { code: Status.INTERNAL, details: 'internal error', metadata }
  }
  metadata.set(ERROR_NAME_KEY, err.name)
  if (err instanceof errors.NotLeaderError && err.leader !== undefined) metadata.set(LEADER_KEY, err.leader)
  return { code: byName.get(err.name)?.code ?? Status.UNKNOWN, details: err.message, metadata }
}

/** Rebuilds the server's error class from a failed call, so callers catch classes, never codes. */
export function fromStatus (err: ServiceError | StatusObject & { message?: string }): Error {
  const name = String(err.metadata?.get(ERROR_NAME_KEY)[0] ?? '')
  const message = err.details !== '' ? err.details : (err.message ?? `gRPC status ${err.code}`)
  if (name === errors.NotLeaderError.name) {
    const leader = err.metadata?.get(LEADER_KEY)[0]
    return new errors.NotLeaderError(message, leader === undefined ? undefined : String(leader))
  }
  const cls = byName.get(name)?.cls ?? byCode.get(err.code) ?? errors.InternalError
  const rebuilt = new cls(message)
  Object.defineProperty(rebuilt, 'code', { value: err.code, enumerable: false })
  return rebuilt
}
