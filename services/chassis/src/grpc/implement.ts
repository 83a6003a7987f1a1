import type {
  handleBidiStreamingCall, handleClientStreamingCall, handleServerStreamingCall, handleUnaryCall,
  MethodDefinition, ServiceDefinition, UntypedServiceImplementation
} from '@grpc/grpc-js'
import type { CallContext } from './call-context.js'
import { bidiStream, clientStream, serverStream, unary } from './handlers.js'

/**
 * The async form of one generated gRPC handler type: unary methods return a
 * promise, streaming ones take and/or return async iterables.
 */
export type AsyncHandler<H> =
  H extends handleUnaryCall<infer Req, infer Res> ? (req: Req, ctx: CallContext) => Promise<Res>
    : H extends handleServerStreamingCall<infer Req, infer Res> ? (req: Req, ctx: CallContext) => AsyncIterable<Res>
      : H extends handleClientStreamingCall<infer Req, infer Res> ? (reqs: AsyncIterable<Req>, ctx: CallContext) => Promise<Res>
        : H extends handleBidiStreamingCall<infer Req, infer Res> ? (reqs: AsyncIterable<Req>, ctx: CallContext) => AsyncIterable<Res>
          : never

/** Async handlers for every method of a generated `<Service>Handlers` interface. */
export type AsyncHandlers<H> = { [K in keyof H]: AsyncHandler<H[K]> }

/**
 * Builds a grpc-js service implementation from async functions, choosing the
 * adapter of each method from its definition's stream flags.
 *
 * @example
 * ```ts
 * server.addService(def, implement<ConsensusHandlers>(def, { LogPin: async (req, { signal }) => … }))
 * ```
 */
export function implement<H> (definition: ServiceDefinition, handlers: AsyncHandlers<H>): UntypedServiceImplementation {
  const out: UntypedServiceImplementation = {}
  for (const [name, fn] of Object.entries(handlers) as Array<[string, (...args: any[]) => any]>) {
    const def: MethodDefinition<unknown, unknown> | undefined = definition[name]
    if (def === undefined) throw new Error(`no method ${name} in the service definition`)
    const adapt = def.requestStream
      ? (def.responseStream ? bidiStream : clientStream)
      : (def.responseStream ? serverStream : unary)
    out[name] = adapt(def.path, fn as any)
  }
  return out
}
