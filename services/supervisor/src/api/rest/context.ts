import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Logger, RestApiConfig } from '@ipfscluster/chassis'
import type { ClusterApi } from './cluster-api.js'

/** Everything a route handler sees of one request. */
export interface RequestContext {
  req: IncomingMessage
  res: ServerResponse
  url: URL
  /** Path parameters of the matched route, percent-decoded. */
  params: Record<string, string>
  api: ClusterApi
  config: RestApiConfig
  log: Logger
  /** Aborts when the client goes away before the answer is complete. */
  signal: AbortSignal
}

/** A route handler: answers through `res` (see respond.ts) or throws (→ JSON error). */
export type Handler = (ctx: RequestContext) => Promise<void>
