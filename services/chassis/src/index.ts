/**
 * @packageDocumentation
 * The microservice chassis every process of a peer is built on: named errors
 * mapped to gRPC status and back, async gRPC handlers, promise clients with
 * retries over Unix sockets, the grpc.health.v1 service, per-facility
 * structured logging with the original's `--loglevel` syntax, and
 * OpenTelemetry tracing.
 *
 * @example
 * ```ts
 * await runService('consensus', async env => ({
 *   services: [{ name: 'ipfscluster.consensus.v1.Consensus', definition, implementation: implement<ConsensusHandlers>(definition, handlers) }]
 * }))
 * ```
 */
export * from './errors.js'
export * from './config/index.js'
export * from './logging/index.js'
export { implement, type AsyncHandler, type AsyncHandlers } from './grpc/implement.js'
export { unary, serverStream, clientStream, bidiStream } from './grpc/handlers.js'
export type { CallContext } from './grpc/call-context.js'
export { connect, CHANNEL_OPTIONS, type CallOptions, type PromiseClient } from './grpc/client.js'
export type { RetryOptions } from './grpc/retry.js'
export { registerError, toStatus, fromStatus, isKnownError, ERROR_NAME_KEY } from './grpc/status-mapping.js'
export { SocketServer, type HostedService } from './grpc/server.js'
export { HealthService, healthService, type ServingStatus } from './grpc/health.js'
export { healthClient, type Health } from './grpc/health-client.js'
export { socketDir, socketPath } from './sockets.js'
export { startTracing, stopTracing, tracingFromEnv, type TracingSettings } from './telemetry.js'
export { runService, serviceEnvironment, EXIT_CONFIG, type ServiceEnvironment, type StartedService } from './runtime.js'
