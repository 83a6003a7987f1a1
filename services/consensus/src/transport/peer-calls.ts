/**
 * Unary calls to the consensus of another peer through the local relay
 * (`PeerManager.Call`): how followers forward LogPin, LogUnpin, AddPeer and
 * RmPeer to the leader (consensus.md §5). The remote error comes back as
 * the same chassis class.
 */
import { Metadata, status as Status } from '@grpc/grpc-js'
import { ERROR_NAME_KEY, fromStatus, type PromiseClient } from '@ipfscluster/chassis'
import { codec, type MessageInput, type MessageName, type MessageOutput, type PeerManagerClient } from '@ipfscluster/proto'

const CONSENSUS = '/ipfscluster.consensus.v1.Consensus/'

export class PeerCalls {
  constructor (private readonly pm: PromiseClient<PeerManagerClient>) {}

  /** Calls `Consensus.<method>` on `peer`, bounded by `timeoutMs`. */
  async consensus<Req extends MessageName, Res extends MessageName> (peer: string, method: string, req: Req, res: Res,
    request: MessageInput<Req>, timeoutMs: number, signal?: AbortSignal): Promise<MessageOutput<Res>> {
    const reply = await this.pm.Call({
      peer,
      method: CONSENSUS + method,
      payload: codec(req).encode(request),
      deadline_unix_ms: Date.now() + timeoutMs
    }, { signal, timeout: timeoutMs + 1000 })
    const st = reply.status
    if (st != null && st.status_code !== Status.OK) {
      const metadata = new Metadata()
      if (st.error_name !== '') metadata.set(ERROR_NAME_KEY, st.error_name)
      for (const [k, v] of Object.entries(st.details)) metadata.set(`x-ipfscluster-${k}`, v)
      throw fromStatus({ code: st.status_code, details: st.error_message, metadata })
    }
    return codec(res).decode(reply.payload)
  }
}
