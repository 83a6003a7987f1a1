// Loaded by the binary before the chassis preload: decides from the command
// line and service.json whether this supervisor traces, and says so in the
// environment the preload reads. It must not load gRPC (the instrumentation
// has to see it load), so it uses only the CLI parser and the config library.
import { loadConfig } from '@ipfscluster/chassis/config'
import { appSpec } from './cli/app.js'
import { parseCommandLine } from './cli/parse.js'

/** The OTLP traces URL: the standard OTEL_EXPORTER_OTLP_* variables win over the config. */
export function tracingEndpoint (configured: string, env: NodeJS.ProcessEnv): string {
  const base = env.OTEL_EXPORTER_OTLP_ENDPOINT
  return env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT ?? (base === undefined ? configured : `${base.replace(/\/$/, '')}/v1/traces`)
}

/** Sets the IPFS_CLUSTER_TRACING* variables when `daemon` will run with tracing on. */
export async function prepareTracing (argv: string[], env: NodeJS.ProcessEnv): Promise<void> {
  try {
    const parsed = parseCommandLine(appSpec(env), argv, env)
    const command = parsed.levels[1]?.spec.name ?? 'daemon'
    if (command !== 'daemon' || parsed.args.length > 0) return
    const { config } = await loadConfig(String(parsed.levels[0].flags.config), { env })
    if (!config.tracing.enableTracing && parsed.levels[1]?.flags.tracing !== true) return
    Object.assign(env, {
      IPFS_CLUSTER_TRACING: 'true',
      IPFS_CLUSTER_TRACING_ENDPOINT: tracingEndpoint(config.tracing.otlpEndpoint, env),
      IPFS_CLUSTER_TRACING_SAMPLING: String(config.tracing.samplingProb),
      IPFS_CLUSTER_TRACING_SERVICE_NAME: config.tracing.serviceName,
      IPFS_CLUSTER_SERVICE: 'supervisor',
      IPFS_CLUSTER_PEER_ID: config.cluster.id,
      IPFS_CLUSTER_PEERNAME: config.cluster.peername
    })
  } catch {
    // The real run reports usage and configuration errors.
  }
}
