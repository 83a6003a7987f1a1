/**
 * What every intercepted endpoint gets, and how its failures are answered
 * (ipfs.md §2.1: IPFS error shape, 500 unless stated; 503 when the cluster
 * core cannot be reached within the wait).
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import { ServiceUnavailableError, type CallOptions, type Logger, type PromiseClient } from '@ipfscluster/chassis'
import type { ClusterClient } from '@ipfscluster/proto'
import type { IpfsConnector } from '../connector.js'
import type { Upstream } from './upstream.js'

/** How long an intercepted call waits for the cluster core to become reachable (ipfs.md §2.1). */
export const CLUSTER_WAIT = 30_000

/** Options of every call to the cluster core: retried while it is unreachable, up to {@link CLUSTER_WAIT}. */
export const clusterCall: CallOptions = { idempotent: true, timeout: CLUSTER_WAIT }

/** A failure with the HTTP status to answer. */
export class ProxyHttpError extends Error {
  constructor (readonly status: number, message: string) {
    super(message)
  }
}

/** Everything an intercepted endpoint handler can use. */
export interface InterceptContext {
  req: IncomingMessage
  res: ServerResponse
  query: URLSearchParams
  /** The `{arg}` of `path/{arg}` routes. */
  pathArg: string | undefined
  /** Headers to put on the answer (CORS, learnt, …). */
  headers: Record<string, string>
  cluster: PromiseClient<ClusterClient>
  connector: IpfsConnector
  /** The daemon, when there is one (not with the embedded node). */
  upstream: Upstream | undefined
  log: Logger
}

/** Handles one intercepted endpoint. */
export type Intercept = (ctx: InterceptContext) => Promise<void>

/** The HTTP status and message of a handler's failure. */
export function statusOf (err: unknown): { status: number, message: string } {
  const message = err instanceof Error ? err.message : String(err)
  if (err instanceof ProxyHttpError) return { status: err.status, message }
  if (err instanceof ServiceUnavailableError) return { status: 503, message }
  return { status: 500, message }
}

/** The `arg` of the request: from the path (`pin/add/{arg}`) or the first `arg` query parameter. */
export function argOf (ctx: InterceptContext): string | undefined {
  return ctx.pathArg ?? ctx.query.get('arg') ?? undefined
}

/** True for `true`, `1`, `t` (Go's strconv.ParseBool). */
export function flag (query: URLSearchParams, name: string, otherwise = false): boolean {
  const v = query.get(name)
  if (v === null || v === '') return otherwise
  return ['1', 't', 'true'].includes(v.toLowerCase())
}
