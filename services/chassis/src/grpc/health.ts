import { loadSync } from '@grpc/proto-loader'
import { loadPackageDefinition, status as Status, type sendUnaryData, type ServerUnaryCall, type ServerWritableStream, type ServiceDefinition } from '@grpc/grpc-js'
import { protoPath } from 'grpc-health-check'

export type ServingStatus = 'UNKNOWN' | 'SERVING' | 'NOT_SERVING' | 'SERVICE_UNKNOWN'

interface HealthCheckRequest { service: string }
interface HealthCheckResponse { status: ServingStatus }

/** The standard grpc.health.v1.Health definitions, from the proto grpc-health-check ships. */
export const healthPackage = loadPackageDefinition(loadSync(protoPath, { keepCase: true, enums: String, defaults: true })) as any
export const healthService: ServiceDefinition = healthPackage.grpc.health.v1.Health.service

/**
 * grpc.health.v1 Check and Watch. Unlike grpc-health-check's implementation it
 * can end every open Watch stream at shutdown, so a watching supervisor never
 * holds a stopping server open until its deadline.
 */
export class HealthService {
  private readonly statuses = new Map<string, ServingStatus>()
  private readonly watchers = new Map<string, Set<ServerWritableStream<HealthCheckRequest, HealthCheckResponse>>>()

  constructor (services: string[]) {
    for (const s of ['', ...services]) this.statuses.set(s, 'NOT_SERVING')
  }

  /** Sets every registered service, the overall '' one included. */
  setAll (status: ServingStatus): void {
    for (const service of this.statuses.keys()) this.set(service, status)
  }

  set (service: string, status: ServingStatus): void {
    if (this.statuses.get(service) === status) return
    this.statuses.set(service, status)
    for (const call of this.watchers.get(service) ?? []) call.write({ status })
  }

  get (service = ''): ServingStatus {
    return this.statuses.get(service) ?? 'SERVICE_UNKNOWN'
  }

  /** Ends every Watch stream (after the last status was written). */
  endWatches (): void {
    for (const set of this.watchers.values()) for (const call of set) call.end()
    this.watchers.clear()
  }

  implementation (): Record<string, unknown> {
    return {
      Check: (call: ServerUnaryCall<HealthCheckRequest, HealthCheckResponse>, callback: sendUnaryData<HealthCheckResponse>) => {
        const status = this.statuses.get(call.request.service)
        if (status === undefined) callback({ code: Status.NOT_FOUND, details: `unknown service ${call.request.service}` })
        else callback(null, { status })
      },
      Watch: (call: ServerWritableStream<HealthCheckRequest, HealthCheckResponse>) => {
        const service = call.request.service
        const set = this.watchers.get(service) ?? new Set()
        this.watchers.set(service, set)
        set.add(call)
        call.once('cancelled', () => set.delete(call))
        call.write({ status: this.get(service) })
      }
    }
  }
}
