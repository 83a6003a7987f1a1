/**
 * Spans of the apply path (consensus.md §3: the trace context rides in the
 * log). An op committed under a trace gets a `pintracker apply` span on
 * every peer, child of the committing request, and the IPFS operation it
 * queues runs in a `pintracker ipfs <pin|unpin>` span below it, so the
 * connector call (gRPC instrumentation) joins the same trace. Ops without a
 * trace context, and the periodic work, open no spans.
 */
import { context, propagation, ROOT_CONTEXT, SpanKind, SpanStatusCode, trace, type Context, type Span, type Tracer } from '@opentelemetry/api'

// Looked up per use: a tracer taken at import time stays bound to whichever provider was global when it first traced.
const tracer = (): Tracer => trace.getTracer('ipfs-cluster-supervisor')

/** The span of one applied op, continuing the committing trace; undefined when the op carries none. */
export function applySpan (kind: string, cid: string, index: number, headers: { traceparent: string, tracestate: string }): { span: Span, context: Context } | undefined {
  if (headers.traceparent === '') return undefined
  const parent = propagation.extract(ROOT_CONTEXT, headers)
  const span = tracer().startSpan(`pintracker apply ${kind}`, { kind: SpanKind.CONSUMER, attributes: { 'cluster.cid': cid, 'raft.index': index } }, parent)
  return { span, context: trace.setSpan(parent, span) }
}

/** Runs `fn` in a child span of `parent` (none when `parent` is undefined), ending it with the outcome. */
export async function inSpan<T> (name: string, cid: string, parent: Context | undefined, fn: () => Promise<T>): Promise<T> {
  if (parent === undefined) return fn()
  const span = tracer().startSpan(name, { attributes: { 'cluster.cid': cid } }, parent)
  try {
    return await context.with(trace.setSpan(parent, span), fn)
  } catch (err) {
    span.setStatus({ code: SpanStatusCode.ERROR, message: (err as Error).message })
    throw err
  } finally {
    span.end()
  }
}
