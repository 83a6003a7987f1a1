/**
 * The path Raft messages take between peers: one long-lived relay stream
 * per direction (`PeerManager.CallBidi` on `Raft/Messages`), each message
 * one-way, a reply being a message on the opposite stream.
 */
import { PassThrough } from 'node:stream'
import type { PromiseClient } from '@ipfscluster/chassis'
import type { PeerManagerClient } from '@ipfscluster/proto'

export const RAFT_MESSAGES = '/ipfscluster.consensus.v1.Raft/Messages'

/** A one-way message stream from the peer behind `pm` to `peer`'s `Raft/Messages`. */
export interface OneWayStream { send: (message: Buffer) => void, end: () => void }

export function openStream (pm: PromiseClient<PeerManagerClient>, peer: string): OneWayStream {
  const out = new PassThrough({ objectMode: true })
  out.write({ header: { peer, method: RAFT_MESSAGES, deadline_unix_ms: 0, traceparent: '', tracestate: '' } })
  const replies = pm.CallBidi(out)
  void (async () => { for await (const _ of replies); })().catch(() => {})
  return { send: message => { out.write({ payload: { data: message } }) }, end: () => { out.end() } }
}
