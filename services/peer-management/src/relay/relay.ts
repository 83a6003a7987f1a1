import { methods, policyOf, type MethodInfo } from '@ipfscluster/proto'
import { OK, type CallStatus, type CallTarget, type RelayCall, type Reply } from './call.js'
import type { LocalServices } from './local-services.js'
import type { RemotePeers } from './remote-peers.js'
import { endSpan, outboundSpan } from './tracing.js'

/** A call as a local process asks for it (PeerManager.Call, CallStream, CallBidi). */
export interface CallOrder extends Omit<RelayCall, 'method'> {
  /** Target peer ID; this peer's own ID runs the call here, without the policy check. */
  peer: string
  /** Full gRPC path, `/<package>.<Service>/<Method>`. */
  path: string
}

/** The shape assumed for a method the local protos do not know: the callee will refuse it anyway. */
export type Shape = Pick<MethodInfo, 'requestStream' | 'responseStream'>

/**
 * The calling end of the relay: sends a local process's call to the peer
 * it names, or to this peer's own services when it names this peer.
 */
export class Relay {
  constructor (private readonly self: string, private readonly local: LocalServices, private readonly remote: RemotePeers) {}

  /** Runs `order`; yields the response messages, then the status. A peer out of reach throws PeerUnavailableError. */
  async * call (order: CallOrder, shape: Shape): AsyncGenerator<Reply, void, undefined> {
    const method = methods().get(order.path) ?? unknownMethod(order.path, shape)
    if (order.peer === this.self) {
      yield * this.local.target().call({ ...order, method })
      return
    }
    const { span, headers } = outboundSpan(order.path, order.peer, order)
    const target: CallTarget = this.remote.target(order.peer)
    let outcome: CallStatus | Error = new Error('the caller stopped reading')
    try {
      for await (const reply of target.call({ ...order, ...headers, method })) {
        if ('status' in reply) outcome = reply.status
        yield reply
      }
    } catch (err) {
      outcome = err as Error
      throw err
    } finally {
      endSpan(span, outcome)
    }
  }

  /** Runs a unary call and gathers its reply: the response (empty unless OK) and the status. */
  async unary (order: Omit<CallOrder, 'requests'>): Promise<{ payload: Uint8Array, status: CallStatus }> {
    let payload: Uint8Array = new Uint8Array()
    let status: CallStatus | undefined
    for await (const reply of this.call(order, UNARY)) {
      if ('status' in reply) status = reply.status
      else payload = reply.payload.data
    }
    return { payload, status: status ?? OK }
  }
}

const UNARY: Shape = { requestStream: false, responseStream: false }

function unknownMethod (path: string, shape: Shape): MethodInfo {
  const [, service = '', method = ''] = /^\/([^/]*)\/(.*)$/.exec(path) ?? []
  return { path, service, method, ...shape, requestType: '', responseType: '', policy: policyOf(path) }
}
