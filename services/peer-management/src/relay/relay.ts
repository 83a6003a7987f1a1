import { methods, policyOf, type MethodInfo } from '@ipfscluster/proto'
import type { CallStatus, RelayCall, Reply, UnaryReply } from './call.js'
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
 * A peer out of reach throws PeerUnavailableError.
 */
export class Relay {
  constructor (private readonly self: string, private readonly local: LocalServices, private readonly remote: RemotePeers) {}

  /** Runs a unary call: the response (empty unless OK) and the callee's status. */
  async unary (order: Omit<CallOrder, 'requests'>): Promise<UnaryReply> {
    const method = methods().get(order.path) ?? unknownMethod(order.path, UNARY)
    if (order.peer === this.self) return this.local.target().unary({ ...order, method })
    const { span, headers } = outboundSpan(order.path, order.peer, order)
    try {
      const reply = await this.remote.target(order.peer).unary({ ...order, ...headers, method })
      endSpan(span, reply.status)
      return reply
    } catch (err) {
      endSpan(span, err as Error)
      throw err
    }
  }

  /** Runs a streaming call; yields the response messages, then the status. */
  async * stream (order: CallOrder, shape: Shape): AsyncGenerator<Reply, void, undefined> {
    const method = methods().get(order.path) ?? unknownMethod(order.path, shape)
    if (order.peer === this.self) {
      yield * this.local.target().stream({ ...order, method })
      return
    }
    const { span, headers } = outboundSpan(order.path, order.peer, order)
    let outcome: CallStatus | Error = new Error('the caller stopped reading')
    try {
      for await (const reply of this.remote.target(order.peer).stream({ ...order, ...headers, method })) {
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
}

const UNARY: Shape = { requestStream: false, responseStream: false }

function unknownMethod (path: string, shape: Shape): MethodInfo {
  const [, service = '', method = ''] = /^\/([^/]*)\/(.*)$/.exec(path) ?? []
  return { path, service, method, ...shape, requestType: '', responseType: '', policy: policyOf(path) }
}
