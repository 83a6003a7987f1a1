/**
 * Raft messages to other peers through the local peer-management relay:
 * one long-lived `PeerManager.CallBidi` per peer carrying the client stream
 * `Raft.Messages` (one `MessagesRequest` per batch), reopened after a
 * failure. A peer that cannot be reached is reported to the core, which
 * falls back to probing it.
 *
 * Batches are written to the gRPC call synchronously, so they leave for
 * the followers before the leader's own fdatasync blocks the loop (the
 * leader writes its log in parallel with replication, consensus.md §8.1).
 */
import { credentials, type ClientDuplexStream } from '@grpc/grpc-js'
import { CHANNEL_OPTIONS, logger } from '@ipfscluster/chassis'
import { codec, loadProtos, type MessageInput, type MessageOutput, type PeerManagerClient } from '@ipfscluster/proto'
import type { WireMessage } from './message-codec.js'
import type { Transport } from './transport.js'

const log = logger('raft')
const batches = codec('ipfscluster.consensus.v1.MessagesRequest')
const MESSAGES_METHOD = '/ipfscluster.consensus.v1.Raft/Messages'
/** Bytes buffered per peer before new batches are dropped (Raft resends). */
const MAX_BUFFERED = 16 * 1024 * 1024
/** Pause before reopening a failed stream, ms. */
const REOPEN_AFTER = 250

type Call = ClientDuplexStream<MessageInput<'ipfscluster.peermanagement.v1.CallBidiRequest'>, MessageOutput<'ipfscluster.peermanagement.v1.CallBidiResponse'>>

class PeerStream {
  private readonly call: Call
  private ended = false

  constructor (peer: string, client: PeerManagerClient, private readonly onEnd: (err?: Error) => void) {
    this.call = client.CallBidi()
    this.call.write({ header: { peer, method: MESSAGES_METHOD, deadline_unix_ms: 0 } })
    this.call.on('data', reply => {
      const st = reply.status
      if (st != null && st.status_code !== 0) this.end(new Error(`${st.error_name !== '' ? st.error_name : `status ${st.status_code}`}: ${st.error_message}`))
    })
    this.call.on('error', err => { this.end(err) })
    this.call.on('end', () => { this.end() })
  }

  push (batch: Uint8Array): void {
    if (this.ended || this.call.writableLength > MAX_BUFFERED) return
    this.call.write({ payload: { data: batch } })
  }

  close (): void {
    this.ended = true
    this.call.cancel()
  }

  private end (err?: Error): void {
    if (this.ended) return
    this.ended = true
    this.call.cancel()
    this.onEnd(err)
  }
}

export class RelayTransport implements Transport {
  private readonly client: PeerManagerClient
  private readonly streams = new Map<string, PeerStream>()
  private readonly retryAt = new Map<string, number>()
  private closed = false

  /**
   * @param socket - the local peer-management socket
   * @param unreachable - told when a peer's stream failed
   */
  constructor (socket: string, private readonly unreachable: (peer: string) => void) {
    const { PeerManager } = loadProtos().ipfscluster.peermanagement.v1
    this.client = new PeerManager(`unix://${socket}`, credentials.createInsecure(), CHANNEL_OPTIONS)
  }

  send (to: string, messages: WireMessage[]): void {
    this.stream(to)?.push(batches.encode({ messages }))
  }

  close (): void {
    this.closed = true
    for (const s of this.streams.values()) s.close()
    this.streams.clear()
    this.client.close()
  }

  private stream (to: string): PeerStream | undefined {
    let s = this.streams.get(to)
    if (s !== undefined || this.closed || (this.retryAt.get(to) ?? 0) > performance.now()) return s
    s = new PeerStream(to, this.client, err => {
      if (this.streams.get(to) === s) this.streams.delete(to)
      if (this.closed) return
      this.retryAt.set(to, performance.now() + REOPEN_AFTER)
      log.debug('Raft stream to peer ended', { peer: to, err: err?.message })
      this.unreachable(to)
    })
    this.streams.set(to, s)
    return s
  }
}
