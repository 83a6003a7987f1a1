import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Logger, RestApiConfig } from '@ipfscluster/chassis'
import { SpanKind, SpanStatusCode, trace, type Tracer } from '@opentelemetry/api'
import type { ClusterApi } from './cluster-api.js'
import type { RequestContext } from './context.js'
import { httpStatusOf } from './http-error.js'
import type { AccessLog } from './pipeline/access-log.js'
import { authorize } from './pipeline/auth.js'
import { handleCors } from './pipeline/cors.js'
import { sendEmpty, sendError } from './respond.js'
import { matchRoute, type Route } from './router.js'
import { ROUTES } from './routes/index.js'

// Looked up per use: a tracer taken at import time stays bound to whichever provider was global when it first traced.
const tracer = (): Tracer => trace.getTracer('ipfs-cluster-restapi')

/** Origin-form targets only; `//x` stays a path. */
function requestUrl (target: string): URL | undefined {
  try { return target.startsWith('/') ? new URL(`http://api${target}`) : undefined } catch { return undefined }
}

async function runRoute (ctx: RequestContext, route: Route): Promise<void> {
  try {
    await route.handler(ctx)
  } catch (err) {
    const { status, message } = httpStatusOf(err)
    if (status >= 500) ctx.log.error('request failed', { method: ctx.req.method, path: ctx.url.pathname, error: message })
    // after the head went out only the connection can tell the client
    if (ctx.res.headersSent) ctx.res.destroy()
    else {
      try { sendError(ctx.res, ctx.config, status, message) } catch { ctx.res.destroy() }
    }
  }
}

/** One root span per request (health checks left out), active while the core is called. */
async function traced (ctx: RequestContext, route: Route): Promise<void> {
  if (route.pattern === '/health') return await runRoute(ctx, route)
  const name = `${route.method} ${route.pattern}`
  await tracer().startActiveSpan(name, { root: true, kind: SpanKind.SERVER, attributes: { 'http.method': route.method, 'http.route': route.pattern } }, async span => {
    try {
      await runRoute(ctx, route)
    } finally {
      span.setAttribute('http.status_code', ctx.res.statusCode)
      if (ctx.res.statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR })
      span.end()
    }
  })
}

/**
 * The request pipeline of rest-api.md §2.1: access log, auth, CORS,
 * trailing-slash redirect, router.
 */
export function requestHandler (config: RestApiConfig, api: ClusterApi, log: Logger, access: AccessLog): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    access.track(req, res)
    const url = requestUrl(req.url ?? '')
    if (url === undefined) {
      sendError(res, config, 400, 'bad request target')
      return
    }
    const path = url.pathname
    if (!authorize(req, res, path, config) || handleCors(req, res, config)) return
    if (path !== '/' && path.endsWith('/')) {
      res.setHeader('Location', path.slice(0, -1) + url.search)
      sendEmpty(res, 307)
      return
    }
    const match = matchRoute(ROUTES, req.method ?? '', path)
    if (match.kind === 'not-found') return sendError(res, config, 404, 'not found')
    if (match.kind === 'method-not-allowed') return sendEmpty(res, 405)
    const abort = new AbortController()
    res.once('close', () => { if (!res.writableFinished) abort.abort() })
    const ctx: RequestContext = { req, res, url, params: match.params, api, config, log, signal: abort.signal }
    void traced(ctx, match.route)
  }
}
