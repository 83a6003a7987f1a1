/**
 * InstallSnapshot in chunks (consensus.md §8.2; size: {@link CHUNK_BYTES}). The leader's core
 * asks for a snapshot to a follower with a `snapshot` message; the sender
 * streams the stored state.bin as INSTALL_SNAPSHOT chunks; the receiver
 * assembles them, checks size and crc32c, and only then steps the snapshot
 * into its core. The receiver acknowledges each chunk (INSTALL_SNAPSHOT_RESPONSE,
 * `index` = bytes so far) and the sender keeps at most {@link WINDOW} chunks
 * unacknowledged, so heartbeats to the other peers never queue behind
 * megabytes of snapshot in the relay (a leader that cannot reach its quorum
 * within leader_lease_timeout steps down). The last acknowledgement ends the
 * transfer on the leader (`reportSnapshot`).
 */
import { readFileSync } from 'node:fs'
import { crc32c } from '@node-rs/crc32'
import { logger } from '@ipfscluster/chassis'
import type { DurableStorage } from '../storage/index.js'
import type { Message, SnapshotMessage, SnapshotMeta } from '../raft/index.js'
import type { ReceivedMessage, WireMessage } from './message-codec.js'
import type { Transport } from './transport.js'

/**
 * Snapshot chunk size. consensus.md §10 says 1 MiB, but a relay frame that
 * large crashes peer-management: the pnet cipher (xsalsa20's WASM) fails
 * with "WebAssembly.Memory.grow(): Maximum memory size exceeded" after a few
 * dozen writes of over 1 MiB, while 512 KiB ones run for ever. 256 KiB
 * keeps well clear of it.
 */
export const CHUNK_BYTES = 256 * 1024

const log = logger('raft')
const hex = (n: number): string => (n >>> 0).toString(16).padStart(8, '0')

/** Chunks sent ahead of the receiver's acknowledgements: 1 MiB in the relay at most. */
const WINDOW = 4

interface Transfer {
  /** Bytes the follower acknowledged so far. */
  acked: number
  refused: boolean
  /** Wakes the sender when an acknowledgement arrives. */
  wake?: () => void
}

export class SnapshotSender {
  private readonly active = new Map<string, Transfer>()

  constructor (private readonly transport: Transport, private readonly storage: DurableStorage,
    private readonly timeoutMs: number, private readonly report: (to: string, ok: boolean) => void) {}

  /** Starts streaming the stored snapshot to `m.to`, unless a transfer to it is under way. */
  send (m: SnapshotMessage): void {
    if (this.active.has(m.to)) return
    const transfer: Transfer = { acked: 0, refused: false }
    this.active.set(m.to, transfer)
    this.stream(m, transfer).then(ok => { this.finish(m.to, transfer, ok) }, err => {
      log.warn('snapshot transfer failed', { peer: m.to, err: (err as Error).message })
      this.finish(m.to, transfer, false)
    })
  }

  /** A follower's answer to a chunk. */
  ack (w: ReceivedMessage): void {
    const t = this.active.get(w.from)
    if (t === undefined) return
    if (w.reject) {
      log.warn('snapshot refused by follower', { peer: w.from, bytes: Number(w.index) })
      t.refused = true
    } else {
      t.acked = Math.max(t.acked, Number(w.index))
    }
    t.wake?.()
  }

  private async stream (m: SnapshotMessage, transfer: Transfer): Promise<boolean> {
    const stored = this.storage.storedSnapshot()
    const path = this.storage.snapshotStatePath()
    if (stored === undefined || path === undefined) throw new Error('no stored snapshot to send')
    const body = readFileSync(path)
    const meta = stored.meta
    const started = performance.now()
    log.info('sending snapshot', { peer: m.to, index: meta.index, bytes: body.length })
    for (let offset = 0; offset < body.length || offset === 0; offset += CHUNK_BYTES) {
      if (!await this.acknowledged(transfer, offset - (WINDOW - 1) * CHUNK_BYTES)) return false
      const data = body.subarray(offset, offset + CHUNK_BYTES)
      const done = offset + data.length >= body.length
      this.transport.send(m.to, [{
        type: 'RAFT_MESSAGE_TYPE_INSTALL_SNAPSHOT',
        term: m.term,
        from: m.from,
        to: m.to,
        snapshot: {
          id: stored.id,
          index: meta.index,
          term: meta.term,
          configuration: { voters: [...meta.configuration.voters], learners: [...meta.configuration.learners] },
          configuration_index: meta.configurationIndex,
          size: body.length,
          crc32c: hex(stored.crc32c),
          state_format: stored.stateFormat,
          offset,
          data,
          done
        }
      }])
      if (done) break
    }
    if (!await this.acknowledged(transfer, body.length)) return false
    log.info('snapshot sent', { peer: m.to, index: meta.index, ms: Math.round(performance.now() - started) })
    return true
  }

  /** Resolves true once `bytes` are acknowledged, false on a refusal or after network_timeout without progress. */
  private async acknowledged (t: Transfer, bytes: number): Promise<boolean> {
    while (!t.refused && t.acked < bytes) {
      const before = t.acked
      await new Promise<void>(resolve => {
        const timer = setTimeout(resolve, this.timeoutMs)
        t.wake = () => { clearTimeout(timer); resolve() }
      })
      if (!t.refused && t.acked === before) return false
    }
    return !t.refused
  }

  private finish (to: string, transfer: Transfer, ok: boolean): void {
    if (this.active.get(to) !== transfer) return
    this.active.delete(to)
    this.report(to, ok)
  }

  close (): void {
    for (const t of this.active.values()) {
      t.refused = true
      t.wake?.()
    }
    this.active.clear()
  }
}

interface Assembly {
  id: string
  meta: SnapshotMeta
  chunks: Buffer[]
  received: number
  crc: number
}

export class SnapshotReceiver {
  private current?: Assembly
  private complete?: { meta: SnapshotMeta, chunks: Buffer[] }

  constructor (private readonly self: string) {}

  /**
   * One chunk from the leader. Returns the reply to send (on the last chunk
   * or a refusal) and, once the snapshot is whole and checked, the message
   * to step into the core.
   */
  chunk (w: ReceivedMessage): { reply?: WireMessage, step?: Message } {
    const c = w.snapshot
    if (c == null) return {}
    const reply = (reject: boolean, bytes: number): WireMessage =>
      ({ type: 'RAFT_MESSAGE_TYPE_INSTALL_SNAPSHOT_RESPONSE', term: w.term, from: this.self, to: w.from, reject, index: bytes })
    const offset = Number(c.offset)
    if (offset === 0) {
      const meta: SnapshotMeta = {
        index: Number(c.index),
        term: Number(c.term),
        configuration: { voters: c.configuration?.voters ?? [], learners: c.configuration?.learners ?? [] },
        configurationIndex: Number(c.configuration_index)
      }
      this.current = { id: c.id, meta, chunks: [], received: 0, crc: 0 }
      log.info('receiving snapshot', { from: w.from, index: meta.index, bytes: Number(c.size) })
    }
    const a = this.current
    if (a === undefined || a.id !== c.id || a.received !== offset) {
      this.current = undefined
      return { reply: reply(true, a?.received ?? 0) }
    }
    a.chunks.push(c.data)
    a.received += c.data.length
    a.crc = crc32c(c.data, a.crc)
    if (!c.done) return { reply: reply(false, a.received) }
    this.current = undefined
    if (a.received !== Number(c.size) || hex(a.crc) !== c.crc32c) {
      log.error('received snapshot is corrupted', { from: w.from, bytes: a.received, crc32c: hex(a.crc) })
      return { reply: reply(true, a.received) }
    }
    this.complete = { meta: a.meta, chunks: a.chunks }
    return {
      reply: reply(false, a.received),
      step: { type: 'snapshot', from: w.from, to: this.self, term: Number(w.term), snapshot: a.meta }
    }
  }

  /** The bytes of the verified snapshot the core asks to install. */
  take (meta: SnapshotMeta): Buffer[] {
    const c = this.complete
    if (c === undefined || c.meta.index !== meta.index || c.meta.term !== meta.term) {
      throw new Error(`no received snapshot at index ${meta.index} term ${meta.term}`)
    }
    this.complete = undefined
    return c.chunks
  }
}
