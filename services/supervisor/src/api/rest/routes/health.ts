import type { Handler } from '../context.js'
import { encodeAlert, encodeMetric } from '../encode/metric.js'
import { sendEmpty } from '../respond.js'
import { reply } from './reply.js'

/** `GET /monitor/metrics/{name}`: `[]` for unknown names. */
export const getMetrics: Handler = async ctx => {
  reply(ctx, (await ctx.api.metrics(ctx.params.name, { signal: ctx.signal })).map(encodeMetric))
}

/** `GET /monitor/metrics` */
export const getMetricNames: Handler = async ctx => { reply(ctx, await ctx.api.metricNames({ signal: ctx.signal })) }

/** `GET /health/alerts`: `[]` when none. */
export const getAlerts: Handler = async ctx => { reply(ctx, (await ctx.api.alerts({ signal: ctx.signal })).map(encodeAlert)) }

/** `GET /health`: 204 whenever the process serves HTTP. */
export const health: Handler = async ctx => { sendEmpty(ctx.res, 204) }

/** Routes of the later tier (rest-api.md §3). */
export const notImplemented: Handler = async ctx => { reply(ctx, { code: 501, message: 'not implemented' }, 501) }
