/**
 * `observations.metrics` and `observations.tracing` (config.md §4.9), read
 * by every process. `--stats` and `--tracing` force the switches on.
 */
import { between, httpUrl, notEmpty, positive, tcpEndpoint } from './checks.js'
import { defineSection, field } from './section.js'
import { bool, duration, multiaddr, number, string } from './types.js'

/** The `observations.metrics` section. */
export interface MetricsConfig {
  /** Serve Prometheus metrics. */
  enableStats: boolean
  /** HTTP listener serving `/metrics`. */
  prometheusEndpoint: string
  /** In milliseconds. */
  reportingInterval: number
}

/** The `observations.tracing` section. */
export interface TracingConfig {
  /** Export OpenTelemetry traces. */
  enableTracing: boolean
  /** OTLP/HTTP (protobuf) trace endpoint URL. */
  otlpEndpoint: string
  /** Head sampling ratio, 0–1. */
  samplingProb: number
  /** Each process reports `<serviceName>-<service>`. */
  serviceName: string
}

/** The `observations.metrics` section. */
export const metricsSection = defineSection<MetricsConfig>('observations.metrics', 'CLUSTER_METRICS_', {
  enableStats: field('enable_stats', bool, false),
  prometheusEndpoint: field('prometheus_endpoint', multiaddr, '/ip4/127.0.0.1/tcp/8888', tcpEndpoint),
  reportingInterval: field('reporting_interval', duration, '30s', positive)
})

/** The `observations.tracing` section. */
export const tracingSection = defineSection<TracingConfig>('observations.tracing', 'CLUSTER_TRACING_', {
  enableTracing: field('enable_tracing', bool, false),
  otlpEndpoint: field('otlp_endpoint', string, 'http://127.0.0.1:4318/v1/traces', httpUrl),
  samplingProb: field('sampling_prob', number, 0.3, between(0, 1)),
  serviceName: field('service_name', string, 'ipfs-cluster', notEmpty)
}, {
  prepare (json, at, notices) {
    const { jaeger_agent_endpoint: jaeger, ...rest } = json
    if (jaeger !== undefined) notices.warn(`${at}.jaeger_agent_endpoint is not used; set otlp_endpoint`)
    return rest
  }
})
