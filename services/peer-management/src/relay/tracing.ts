import { context, propagation, ROOT_CONTEXT, SpanKind, SpanStatusCode, trace, type Context, type Span } from '@opentelemetry/api'
import type { CallStatus } from './call.js'

const tracer = trace.getTracer('ipfs-cluster-peer-management')

/** W3C trace context as carried in a relay frame. */
export interface TraceHeaders {
  traceparent: string
  tracestate: string
}

/**
 * The client span of a call leaving for another peer, child of the active
 * context (the gRPC server span of `PeerManager.Call`) or of `parent` when
 * the local caller passed one; `headers` continue it on the other peer.
 */
export function outboundSpan (method: string, peer: string, parent: TraceHeaders): { span: Span, headers: TraceHeaders } {
  const base = parent.traceparent !== '' ? propagation.extract(context.active(), parent) : context.active()
  const span = tracer.startSpan(`relay ${method}`, { kind: SpanKind.CLIENT, attributes: { 'rpc.method': method, 'cluster.remote_peer': peer } }, base)
  const headers: Record<string, string> = {}
  propagation.inject(trace.setSpan(base, span), headers)
  // Without a registered propagator (tracing off) the caller's own context travels unchanged.
  return { span, headers: { traceparent: headers.traceparent ?? parent.traceparent, tracestate: headers.tracestate ?? parent.tracestate } }
}

/** The server span of a call arriving from another peer, continuing the caller's trace; `context` runs the local call under it. */
export function inboundSpan (method: string, peer: string, headers: TraceHeaders): { span: Span, context: Context } {
  const parent = propagation.extract(ROOT_CONTEXT, headers)
  const span = tracer.startSpan(`relay ${method}`, { kind: SpanKind.SERVER, attributes: { 'rpc.method': method, 'cluster.remote_peer': peer } }, parent)
  return { span, context: trace.setSpan(parent, span) }
}

/** Ends a relay span with the call's outcome. */
export function endSpan (span: Span, status: CallStatus | Error): void {
  if (status instanceof Error) span.setStatus({ code: SpanStatusCode.ERROR, message: status.message })
  else if (status.status_code !== 0) span.setStatus({ code: SpanStatusCode.ERROR, message: `${status.error_name}: ${status.error_message}` })
  span.end()
}
