/**
 * The Consensus service's logic (consensus.md §2, §5): the commit loop with
 * leader forwarding and retries, reads, membership and status over one
 * {@link RaftDriver}. No gRPC here; server.ts adapts it.
 */
import {
  AbortError, InvalidParametersError, NoLeaderError, NotFoundError, logger, type RaftConfig
} from '@ipfscluster/chassis'
import { codec, type Pin, type Pin__Output, type PinType } from '@ipfscluster/proto'
import { context, propagation } from '@opentelemetry/api'
import type { RaftDriver } from './node/raft-driver.js'
import { sleep } from './node/pulse.js'
import { validatePin } from './pin-validation.js'
import { members, type Status } from './raft/index.js'
import { cidText } from './storage/cid-text.js'
import { parsePeerId } from './storage/pin-json.js'
import type { PeerCalls } from './transport/peer-calls.js'

const log = logger('consensus')
const ops = codec('ipfscluster.types.v1.Op')
const pins = codec('ipfscluster.types.v1.Pin')

/** Failures a retry cannot fix. */
const FINAL = new Set([InvalidParametersError.name, NotFoundError.name, AbortError.name, NoLeaderError.name, 'PermissionDeniedError'])

/** List batches: one gRPC message per pin cost ~40–110 µs a pin; a batch bounds a message's size well under the 4 MiB gRPC limit. */
export const LIST_BATCH_PINS = 1024
export const LIST_BATCH_BYTES = 256 * 1024

/** AddPeer waits for the new peer to catch up (maybe through a large snapshot): longer than one network round. */
const ADD_PEER_ROUNDS = 6

export class Consensus {
  constructor (private readonly d: RaftDriver, private readonly calls: PeerCalls, private readonly raft: RaftConfig) {}

  /** Commits a PIN op; resolves with its index once committed and applied on the leader. */
  async logPin (pin: Pin | null | undefined, signal?: AbortSignal): Promise<number> {
    const cid = validatePin(pin, 'pin')
    const index = await this.commitOp('LogPin', 'OP_TYPE_PIN', pin as Pin, signal)
    log.info(`pin committed to global state: ${cidText(cid)}`, { index })
    return index
  }

  /** Commits an UNPIN op (a no-op when the CID is absent). */
  async logUnpin (pin: Pin | null | undefined, signal?: AbortSignal): Promise<number> {
    const cid = validatePin(pin, 'unpin')
    const index = await this.commitOp('LogUnpin', 'OP_TYPE_UNPIN', pin as Pin, signal)
    log.info(`unpin committed to global state: ${cidText(cid)}`, { index })
    return index
  }

  /** One pin of the local state (after a ReadIndex round when `linearizable`). */
  async pinGet (cid: Uint8Array, linearizable: boolean, signal?: AbortSignal): Promise<Pin__Output> {
    if (linearizable) await this.d.readIndex(signal)
    const pin = this.d.storage.state.get(cid)
    if (pin === undefined) throw new NotFoundError('pin is not part of the pinset')
    return pins.decode(pin)
  }

  /**
   * Every pin in CID byte order, optionally only of `types`, in batches of up
   * to {@link LIST_BATCH_PINS} pins or about {@link LIST_BATCH_BYTES} encoded
   * bytes (one gRPC message each), never empty.
   */
  async * list (linearizable: boolean, types: readonly PinType[], signal?: AbortSignal): AsyncGenerator<Pin__Output[]> {
    if (linearizable) await this.d.readIndex(signal)
    const wanted = new Set<string>(types.map(String))
    let batch: Pin__Output[] = []
    let size = 0
    for (const bytes of this.d.storage.state.sorted()) {
      const pin = pins.decode(bytes)
      if (wanted.size > 0 && !wanted.has(pin.type)) continue
      batch.push(pin)
      size += bytes.length
      if (batch.length >= LIST_BATCH_PINS || size >= LIST_BATCH_BYTES) {
        yield batch
        batch = []
        size = 0
      }
    }
    if (batch.length > 0) yield batch
  }

  leader (): string {
    const leader = this.d.node.leader
    if (leader === null) throw new NoLeaderError('no leader known')
    return leader
  }

  /** Voters and learners of the current configuration, sorted. */
  peers (): string[] {
    return members(this.d.status().configuration).sort()
  }

  async addPeer (peerId: string, signal?: AbortSignal): Promise<void> {
    const id = this.peerId(peerId)
    await this.commit('AddPeer', async () => { await this.d.addPeer(id, signal) }, async leader => {
      await this.calls.consensus(leader, 'AddPeer', 'ipfscluster.consensus.v1.AddPeerRequest', 'ipfscluster.consensus.v1.AddPeerResponse',
        { peer_id: id }, ADD_PEER_ROUNDS * this.raft.networkTimeout, signal)
    }, signal)
    log.info('peer added', { peer: id })
  }

  async rmPeer (peerId: string, signal?: AbortSignal): Promise<void> {
    const id = this.peerId(peerId)
    await this.commit('RmPeer', async () => { await this.d.removePeer(id) }, async leader => {
      await this.calls.consensus(leader, 'RmPeer', 'ipfscluster.consensus.v1.RmPeerRequest', 'ipfscluster.consensus.v1.RmPeerResponse',
        { peer_id: id }, this.raft.networkTimeout, signal)
    }, signal)
    log.info('peer removed', { peer: id })
  }

  /** Resolves with the applied index once a leader is known and everything committed here is applied. */
  async waitForSync (signal?: AbortSignal): Promise<number> {
    await this.d.waitForLeader(this.raft.waitForLeaderTimeout, signal)
    if (this.d.applied < this.d.node.commit) {
      log.info('Raft state is catching up')
      await this.d.changed.until(() => this.d.applied >= this.d.node.commit, signal)
    }
    log.info('Consensus state is up to date', { applied: this.d.applied })
    return this.d.applied
  }

  status (): Status {
    return this.d.status()
  }

  private peerId (text: string): string {
    try {
      return parsePeerId(text)
    } catch (err) {
      throw new InvalidParametersError((err as Error).message)
    }
  }

  private async commitOp (method: 'LogPin' | 'LogUnpin', type: 'OP_TYPE_PIN' | 'OP_TYPE_UNPIN', pin: Pin, signal?: AbortSignal): Promise<number> {
    // The trace context rides in the log, so each peer's work on the op can join the committing trace.
    const trace: { traceparent?: string, tracestate?: string } = {}
    propagation.inject(context.active(), trace)
    const data = ops.encode({ type, pin, traceparent: trace.traceparent ?? '', tracestate: trace.tracestate ?? '' })
    return this.commit(method, async () => this.d.propose(data), async leader => {
      const req = method === 'LogPin' ? 'ipfscluster.consensus.v1.LogPinRequest' : 'ipfscluster.consensus.v1.LogUnpinRequest'
      const res = method === 'LogPin' ? 'ipfscluster.consensus.v1.LogPinResponse' : 'ipfscluster.consensus.v1.LogUnpinResponse'
      const reply = await this.calls.consensus(leader, method, req, res, { pin }, this.raft.networkTimeout, signal)
      return Number(reply.index)
    }, signal)
  }

  /**
   * consensus.md §5: wait for a leader, run `local` on it or `remote` on
   * another peer, retry `commit_retries` times after commit_retry_delay
   * (here) or 2 × heartbeat_timeout (forwarded).
   */
  private async commit<T> (what: string, local: () => Promise<T>, remote: (leader: string) => Promise<T>, signal?: AbortSignal): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      const leader = await this.d.waitForLeader(this.raft.waitForLeaderTimeout, signal)
      const here = leader === this.d.id
      try {
        return here ? await local() : await remote(leader)
      } catch (err) {
        if (attempt >= this.raft.commitRetries || FINAL.has((err as Error).name) || signal?.aborted === true) throw err
        log.debug(`${what} failed; retrying`, { leader, err: (err as Error).message })
        await sleep(here ? this.raft.commitRetryDelay : 2 * this.raft.heartbeatTimeout, signal)
      }
    }
  }
}
