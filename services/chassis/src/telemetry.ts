import { register } from 'node:module'

/** Tracing settings a child process receives from the supervisor (see tracingFromEnv). */
export interface TracingSettings {
  /** e.g. ipfs-cluster-consensus */
  serviceName: string
  /** OTLP/HTTP protobuf traces endpoint, e.g. http://127.0.0.1:4318/v1/traces */
  endpoint: string
  /** Head sampling ratio, 0-1. */
  samplingRatio: number
  peerId?: string
  peername?: string
}

/** Reads the tracing environment; undefined when tracing is off. */
export function tracingFromEnv (env: NodeJS.ProcessEnv = process.env): TracingSettings | undefined {
  if (env.IPFS_CLUSTER_TRACING !== 'true') return undefined
  return {
    serviceName: `${env.IPFS_CLUSTER_TRACING_SERVICE_NAME ?? 'ipfs-cluster'}-${env.IPFS_CLUSTER_SERVICE ?? 'service'}`,
    endpoint: env.IPFS_CLUSTER_TRACING_ENDPOINT ?? env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT ?? otlpTracesUrl(env.OTEL_EXPORTER_OTLP_ENDPOINT),
    samplingRatio: Number(env.IPFS_CLUSTER_TRACING_SAMPLING ?? '1'),
    peerId: env.IPFS_CLUSTER_PEER_ID,
    peername: env.IPFS_CLUSTER_PEERNAME
  }
}

function otlpTracesUrl (base = 'http://127.0.0.1:4318'): string {
  return base.endsWith('/v1/traces') ? base : `${base.replace(/\/$/, '')}/v1/traces`
}

let shutdown: (() => Promise<void>) | undefined

/**
 * Starts the OpenTelemetry Node SDK. Must run before anything imports
 * @grpc/grpc-js (the gRPC instrumentation patches it on load), which is why
 * it is called from preload.ts, loaded with `node --import`.
 */
export async function startTracing (settings: TracingSettings): Promise<void> {
  // Metric and log exporters would aim at localhost:4318 on their own.
  process.env.OTEL_METRICS_EXPORTER = 'none'
  process.env.OTEL_LOGS_EXPORTER = 'none'
  register('@opentelemetry/instrumentation/hook.mjs', import.meta.url)
  const [{ NodeSDK }, { OTLPTraceExporter }, { GrpcInstrumentation }, { ParentBasedSampler, TraceIdRatioBasedSampler }, { resourceFromAttributes }] = await Promise.all([
    import('@opentelemetry/sdk-node'),
    import('@opentelemetry/exporter-trace-otlp-proto'),
    import('@opentelemetry/instrumentation-grpc'),
    import('@opentelemetry/sdk-trace-base'),
    import('@opentelemetry/resources')
  ])
  const attributes: Record<string, string> = { 'service.name': settings.serviceName }
  if (settings.peerId !== undefined) attributes['cluster.peer_id'] = settings.peerId
  if (settings.peername !== undefined) attributes['cluster.peername'] = settings.peername
  const sdk = new NodeSDK({
    resource: resourceFromAttributes(attributes),
    autoDetectResources: false,
    traceExporter: new OTLPTraceExporter({ url: settings.endpoint }),
    sampler: new ParentBasedSampler({ root: new TraceIdRatioBasedSampler(settings.samplingRatio) }),
    // The supervisor's health probes would fill every trace view every second.
    instrumentations: [new GrpcInstrumentation({ ignoreGrpcMethods: ['Check', 'Watch'] })]
  })
  sdk.start()
  shutdown = async () => { await sdk.shutdown() }
}

/** Flushes and stops tracing, if it was started; spans still buffered are exported first. */
export async function stopTracing (): Promise<void> {
  const stop = shutdown
  shutdown = undefined
  await stop?.()
}
