/**
 * The method table of all services, derived from the loaded protos: what the
 * relay needs to route a call it does not decode.
 */
import type { MethodDefinition } from '@grpc/proto-loader'
import { packageDefinition } from './load.js'
import { policyOf } from './policy.js'
import type { Policy } from './policy.js'

/** One RPC of one service. */
export interface MethodInfo {
  /** gRPC path, `/ipfscluster.consensus.v1.Consensus/LogPin`. */
  readonly path: string
  /** Full service name, `ipfscluster.consensus.v1.Consensus`. */
  readonly service: string
  /** Method name, `LogPin`. */
  readonly method: string
  /** The client sends a stream of messages. */
  readonly requestStream: boolean
  /** The server answers with a stream of messages. */
  readonly responseStream: boolean
  /** Full name of the request message type. */
  readonly requestType: string
  /** Full name of the response message type. */
  readonly responseType: string
  /** Remote callability. */
  readonly policy: Policy
}

let table: ReadonlyMap<string, MethodInfo> | undefined

function typeName (def: MethodDefinition<object, object>, which: 'requestType' | 'responseType', pkg: string): string {
  const name = (def[which].type as { name?: string }).name ?? ''
  return `${pkg}.${name}`
}

/** Every RPC of every service, keyed by gRPC path (built once). */
export function methods (): ReadonlyMap<string, MethodInfo> {
  if (table !== undefined) return table
  const map = new Map<string, MethodInfo>()
  for (const [service, def] of Object.entries(packageDefinition())) {
    if ('format' in def) continue // message or enum
    const pkg = service.slice(0, service.lastIndexOf('.'))
    for (const [method, m] of Object.entries(def)) {
      map.set(m.path, {
        path: m.path,
        service,
        method,
        requestStream: m.requestStream,
        responseStream: m.responseStream,
        requestType: typeName(m, 'requestType', pkg),
        responseType: typeName(m, 'responseType', pkg),
        policy: policyOf(m.path)
      })
    }
  }
  table = map
  return table
}
