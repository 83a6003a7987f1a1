import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import protobuf from 'protobufjs'
import { otlpTraceProto } from './otlp-trace.proto.js'
import { waitFor } from './wait-for.js'

/** One span as received, ids in lower-case hex. */
export interface ReceivedSpan {
  traceId: string
  spanId: string
  /** '' for a root span. */
  parentSpanId: string
  name: string
  /** OTLP kind: the API's SpanKind + 1 (1 internal, 2 server, 3 client). */
  kind: number
  serviceName: string
  attributes: Record<string, unknown>
  resource: Record<string, unknown>
}

export interface OtlpReceiver {
  /** The OTLP/HTTP traces endpoint, e.g. http://127.0.0.1:N/v1/traces */
  url: string
  spans: () => ReceivedSpan[]
  /** Resolves with the spans once `predicate` holds over everything received. */
  waitForSpans: (predicate: (spans: ReceivedSpan[]) => boolean, timeout?: number) => Promise<ReceivedSpan[]>
  close: () => Promise<void>
}

const ExportRequest = protobuf.parse(otlpTraceProto, { keepCase: true }).root.lookupType('otlp.ExportTraceServiceRequest')

/**
 * A real OTLP/HTTP trace receiver on 127.0.0.1 (protobuf and JSON bodies),
 * standing in for Jaeger's :4318 in tests.
 */
export async function startOtlpReceiver (): Promise<OtlpReceiver> {
  const received: ReceivedSpan[] = []
  const server: Server = createServer((req, res) => {
    readBody(req).then(body => {
      if (req.method !== 'POST' || req.url !== '/v1/traces') {
        res.writeHead(404).end()
        return
      }
      received.push(...decode(body, req.headers['content-type'] ?? ''))
      res.writeHead(200, { 'content-type': req.headers['content-type'] ?? 'application/x-protobuf' }).end()
    }).catch(err => {
      res.writeHead(400).end(String(err))
    })
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/v1/traces`,
    spans: () => [...received],
    waitForSpans: async (predicate, timeout = 20_000) => {
      await waitFor(() => predicate(received), { timeout, what: 'the expected spans at the OTLP receiver' })
      return [...received]
    },
    close: async () => {
      server.closeAllConnections()
      await new Promise<void>(resolve => server.close(() => resolve()))
    }
  }
}

async function readBody (req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

function decode (body: Buffer, contentType: string): ReceivedSpan[] {
  const message: any = contentType.includes('json')
    ? JSON.parse(body.toString('utf8'))
    : ExportRequest.toObject(ExportRequest.decode(body), { longs: String })
  const out: ReceivedSpan[] = []
  for (const rs of message.resource_spans ?? message.resourceSpans ?? []) {
    const resource = attributes(rs.resource?.attributes)
    for (const ss of rs.scope_spans ?? rs.scopeSpans ?? []) {
      for (const span of ss.spans ?? []) {
        out.push({
          traceId: hex(span.trace_id ?? span.traceId),
          spanId: hex(span.span_id ?? span.spanId),
          parentSpanId: hex(span.parent_span_id ?? span.parentSpanId),
          name: span.name,
          kind: Number(span.kind ?? 0),
          serviceName: String(resource['service.name'] ?? ''),
          attributes: attributes(span.attributes),
          resource
        })
      }
    }
  }
  return out
}

/** OTLP/JSON carries ids as hex strings, protobuf as bytes. */
function hex (value: string | Uint8Array | undefined): string {
  if (value === undefined) return ''
  return typeof value === 'string' ? value.toLowerCase() : Buffer.from(value).toString('hex')
}

function attributes (list: Array<{ key: string, value?: Record<string, unknown> }> | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const { key, value } of list ?? []) {
    out[key] = value === undefined ? undefined : Object.values(value)[0]
  }
  return out
}
