import type { Deadline, Metadata } from '@grpc/grpc-js'
import { AbortError, TimeoutError } from '../errors.js'

/** What a handler learns about the call besides its request. */
export interface CallContext {
  /** Aborted when the client cancels or the call's deadline passes. */
  signal: AbortSignal
  metadata: Metadata
  /** The gRPC method path, e.g. /ipfscluster.consensus.v1.Consensus/LogPin */
  method: string
}

/**
 * Turns a call's cancellation and deadline into an AbortSignal, so domain
 * code takes `{ signal }` like every other async API (conventions §8).
 */
/** What every kind of server call has in common. */
interface SurfaceCall {
  readonly metadata: Metadata
  getDeadline: () => Deadline
  once: (event: 'cancelled', listener: () => void) => unknown
  removeListener: (event: 'cancelled', listener: () => void) => unknown
}

export function callContext (call: SurfaceCall, method: string): { ctx: CallContext, dispose: () => void } {
  const controller = new AbortController()
  const onCancel = (): void => { controller.abort(new AbortError('the call was cancelled by the client')) }
  call.once('cancelled', onCancel)
  const deadline = call.getDeadline()
  const ms = deadline instanceof Date ? deadline.getTime() - Date.now() : Number(deadline) - Date.now()
  const timer = Number.isFinite(ms)
    ? setTimeout(() => { controller.abort(new TimeoutError('the call deadline passed')) }, Math.max(ms, 0))
    : undefined
  return {
    ctx: { signal: controller.signal, metadata: call.metadata, method },
    dispose: () => {
      clearTimeout(timer)
      call.removeListener('cancelled', onCancel)
    }
  }
}
