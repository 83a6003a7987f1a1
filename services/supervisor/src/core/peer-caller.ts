/**
 * Calls a method of another peer through the local peer-management relay
 * (cluster-behaviour.md §10): the request is encoded here, the relay carries
 * the bytes, and the callee's error comes back as the same error class.
 */
import { Metadata } from '@grpc/grpc-js'
import { ERROR_NAME_KEY, fromStatus, type PromiseClient } from '@ipfscluster/chassis'
import { codec, methods, type MessageName, type PeerManagerClient } from '@ipfscluster/proto'

/** Options of one relayed call. */
export interface PeerCallOptions {
  /** Milliseconds for the whole call, remote side included. */
  timeout: number
  signal?: AbortSignal
}

interface RemoteStatus { status_code: number, error_name: string, error_message: string }

/** The callee's failure as its own error class (conventions.md §6). */
function remoteError (s: RemoteStatus): Error {
  const metadata = new Metadata()
  if (s.error_name !== '') metadata.set(ERROR_NAME_KEY, s.error_name)
  return fromStatus({ code: s.status_code, details: s.error_message, metadata })
}

function codecsOf (path: string): { request: ReturnType<typeof codec>, response: ReturnType<typeof codec> } {
  const m = methods().get(path)
  if (m === undefined) throw new Error(`unknown method ${path}`)
  return { request: codec(m.requestType as MessageName), response: codec(m.responseType as MessageName) }
}

/** Relayed calls to any cluster peer by gRPC path (`/ipfscluster.cluster.v1.PinTracker/Status`). */
export class PeerCaller {
  constructor (private readonly pm: PromiseClient<PeerManagerClient>) {}

  /** One unary call; resolves with the decoded response. */
  async unary<Res> (peer: string, path: string, request: object, options: PeerCallOptions): Promise<Res> {
    const c = codecsOf(path)
    const res = await this.pm.Call({
      peer, method: path, payload: Buffer.from(c.request.encode(request as never)), deadline_unix_ms: String(Date.now() + options.timeout)
    }, { timeout: options.timeout, signal: options.signal })
    if (res.status != null && res.status.status_code !== 0) throw remoteError(res.status)
    return c.response.decode(res.payload) as Res
  }

  /** One server-streaming call; yields the decoded responses. */
  async * stream<Res> (peer: string, path: string, request: object, options: PeerCallOptions): AsyncGenerator<Res> {
    const c = codecsOf(path)
    const items = this.pm.CallStream({
      peer, method: path, payload: Buffer.from(c.request.encode(request as never)), deadline_unix_ms: String(Date.now() + options.timeout)
    }, { timeout: options.timeout, signal: options.signal })
    for await (const item of items) {
      if (item.payload != null) yield c.response.decode(item.payload.data) as Res
      else if (item.status != null && item.status.status_code !== 0) throw remoteError(item.status)
    }
  }
}
