import { rm } from 'node:fs/promises'
import { Server, ServerCredentials, type ServiceDefinition, type UntypedServiceImplementation } from '@grpc/grpc-js'
import { HealthService, healthService } from './health.js'

/** One gRPC service to host: its definition, implementation and health-check name. */
export interface HostedService {
  /** Full service name for health checks, e.g. ipfscluster.consensus.v1.Consensus */
  name: string
  definition: ServiceDefinition
  implementation: UntypedServiceImplementation
}

export const SERVER_OPTIONS = {
  'grpc.max_receive_message_length': 64 * 1024 * 1024,
  'grpc.max_send_message_length': 64 * 1024 * 1024
}

/**
 * A gRPC server on a Unix domain socket with the standard health service.
 * Health starts NOT_SERVING: the owner flips it once its domain is ready.
 */
export class SocketServer {
  readonly health: HealthService
  private readonly server = new Server(SERVER_OPTIONS)

  constructor (readonly socketPath: string, services: HostedService[]) {
    this.health = new HealthService(services.map(s => s.name))
    this.server.addService(healthService, this.health.implementation() as UntypedServiceImplementation)
    for (const s of services) this.server.addService(s.definition, s.implementation)
  }

  /** Binds the socket; a socket file left by a crashed predecessor is replaced. */
  async listen (): Promise<void> {
    await rm(this.socketPath, { force: true })
    await new Promise<void>((resolve, reject) => {
      this.server.bindAsync(`unix://${this.socketPath}`, ServerCredentials.createInsecure(), err => {
        if (err === null) resolve()
        else reject(new Error(`cannot listen on ${this.socketPath}: ${err.message}`))
      })
    })
  }

  /**
   * Stops taking calls and lets running ones finish for at most `deadlineMs`,
   * then cancels the rest (tryShutdown alone can hang on streams whose clients
   * went away).
   */
  async stop (deadlineMs: number): Promise<void> {
    this.health.setAll('NOT_SERVING')
    this.health.endWatches()
    await new Promise<void>(resolve => {
      const timer = setTimeout(() => {
        this.server.forceShutdown()
        resolve()
      }, deadlineMs)
      this.server.tryShutdown(() => {
        clearTimeout(timer)
        resolve()
      })
    })
    await rm(this.socketPath, { force: true })
  }
}
