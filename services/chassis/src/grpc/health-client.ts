import type { CallOptions as GrpcCallOptions, Client, ClientReadableStream, ClientUnaryCall, requestCallback } from '@grpc/grpc-js'
import { connect, type CallOptions, type PromiseClient } from './client.js'
import { healthPackage, type ServingStatus } from './health.js'

interface HealthCheckResponse { status: ServingStatus }

interface HealthClient extends Client {
  Check: (argument: { service: string }, callback: requestCallback<HealthCheckResponse>) => ClientUnaryCall
  Watch: (argument: { service: string }, options?: GrpcCallOptions) => ClientReadableStream<HealthCheckResponse>
}

export interface Health {
  /** The status of `service` ('' = the whole process). Throws ServiceUnavailableError if the process is down. */
  check: (service?: string, opts?: CallOptions) => Promise<ServingStatus>
  /** Every status change of `service`, starting with the current one; ends when the server stops. */
  watch: (service?: string, opts?: CallOptions) => AsyncIterable<ServingStatus>
  close: () => void
}

/** A grpc.health.v1 client for the process serving `socketPath`. */
export function healthClient (socketPath: string, label = socketPath): Health {
  const client = connect(healthPackage.grpc.health.v1.Health, socketPath, label) as PromiseClient<HealthClient>
  return {
    check: async (service = '', opts = {}) => {
      const res = await client.Check({ service }, { timeout: 2000, ...opts })
      return res.status
    },
    watch: async function * (service = '', opts = {}) {
      for await (const res of client.Watch({ service }, opts)) yield res.status
    },
    close: () => { client.close() }
  }
}
