// Loaded with `node --import` before a service's main module: the polyfill
// first, then tracing, so the gRPC instrumentation sees @grpc/grpc-js load.
import './polyfill.js'
import { startTracing, tracingFromEnv } from './telemetry.js'

const tracing = tracingFromEnv()
if (tracing !== undefined) await startTracing(tracing)
