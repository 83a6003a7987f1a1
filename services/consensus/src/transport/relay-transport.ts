/**
 * Raft messages to other peers through the local peer-management relay:
 * one long-lived `PeerManager.CallBidi` per peer carrying the client stream
 * `Raft.Messages` (one `MessagesRequest` per batch), reopened after a
 * failure. A peer that cannot be reached is reported to the core, which
 * falls back to probing it.
 */
import { logger, type PromiseClient } from '@ipfscluster/chassis'
import { codec, type PeerManagerClient } from '@ipfscluster/proto'
import type { WireMessage } from './message-codec.js'
import type { Transport } from './transport.js'

const log = logger('raft')
const batches = codec('ipfscluster.consensus.v1.MessagesRequest')
const MESSAGES_METHOD = '/ipfscluster.consensus.v1.Raft/Messages'
/** Batches queued per peer before new ones are dropped (Raft resends). */
const MAX_QUEUED = 1024
/** Pause before reopening a failed stream, ms. */
const REOPEN_AFTER = 250

type BidiItem = Parameters<PromiseClient<PeerManagerClient>['CallBidi']>[0] extends AsyncIterable<infer I> | Iterable<infer I> ? I : never

class PeerStream {
  private readonly queue: Uint8Array[] = []
  private wake?: () => void
  private closed = false
  private readonly abort = new AbortController()

  constructor (private readonly peer: string, pm: PromiseClient<PeerManagerClient>, onEnd: (err?: Error) => void) {
    void this.run(pm).then(onEnd, onEnd)
  }

  push (batch: Uint8Array): void {
    if (this.closed || this.queue.length >= MAX_QUEUED) return
    this.queue.push(batch)
    this.wake?.()
  }

  close (): void {
    this.closed = true
    this.abort.abort()
    this.wake?.()
  }

  private async run (pm: PromiseClient<PeerManagerClient>): Promise<Error | undefined> {
    try {
      for await (const reply of pm.CallBidi(this.items(), { signal: this.abort.signal, timeout: Infinity })) {
        const st = reply.status
        if (st != null && st.status_code !== 0) return new Error(`${st.error_name !== '' ? st.error_name : `status ${st.status_code}`}: ${st.error_message}`)
      }
      return undefined
    } catch (err) {
      return err as Error
    } finally {
      this.closed = true
    }
  }

  private async * items (): AsyncGenerator<BidiItem> {
    yield { header: { peer: this.peer, method: MESSAGES_METHOD, deadline_unix_ms: 0 } }
    while (!this.closed) {
      const next = this.queue.shift()
      if (next === undefined) {
        await new Promise<void>(resolve => { this.wake = resolve })
        this.wake = undefined
        continue
      }
      yield { payload: { data: next } }
    }
    yield { half_close: {} }
  }
}

export class RelayTransport implements Transport {
  private readonly streams = new Map<string, PeerStream>()
  private readonly retryAt = new Map<string, number>()
  private closed = false

  /**
   * @param pm - the local PeerManager client
   * @param unreachable - told when a peer's stream failed
   */
  constructor (private readonly pm: PromiseClient<PeerManagerClient>, private readonly unreachable: (peer: string) => void) {}

  send (to: string, messages: WireMessage[]): void {
    this.stream(to)?.push(batches.encode({ messages }))
  }

  close (): void {
    this.closed = true
    for (const s of this.streams.values()) s.close()
    this.streams.clear()
  }

  private stream (to: string): PeerStream | undefined {
    let s = this.streams.get(to)
    if (s !== undefined || this.closed || (this.retryAt.get(to) ?? 0) > performance.now()) return s
    s = new PeerStream(to, this.pm, err => {
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
