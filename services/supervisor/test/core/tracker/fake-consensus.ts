/**
 * A stand-in for the consensus process in tracker tests: a real gRPC server
 * on a Unix socket implementing only `Consensus.WatchApplied`, `List`,
 * `Leader` and `LogUnpin` over an in-memory log, with compaction into a snapshot (so a consumer
 * behind it gets a reset image) and a record of every `from_index` asked.
 */
import { implement, SocketServer, type AsyncHandlers } from '@ipfscluster/chassis'
import { loadProtos, type ConsensusHandlers, type Op, type Pin } from '@ipfscluster/proto'

const { Consensus } = loadProtos().ipfscluster.consensus.v1

interface Entry { index: number, op: Op }

const key = (cid: Uint8Array): string => Buffer.from(cid).toString('base64')

export class FakeConsensus {
  /** `from_index` of every WatchApplied call, in order. */
  readonly watchCalls: number[] = []
  /** Applied items sent (ops and image pins), over all calls. */
  sent = 0
  /** What Leader answers. */
  leader = ''
  private entries: Entry[] = []
  private readonly state = new Map<string, Pin>()
  private snapshot: { index: number, pins: Pin[] } = { index: 0, pins: [] }
  private last = 0
  private wake = new Set<() => void>()
  private server: SocketServer | undefined

  constructor (readonly socket: string) {}

  get lastIndex (): number {
    return this.last
  }

  async start (): Promise<void> {
    const handlers: Partial<AsyncHandlers<ConsensusHandlers>> = {
      WatchApplied: (req, ctx) => this.watch(Number(req.from_index), ctx.signal),
      Leader: async () => ({ leader: this.leader }),
      LogUnpin: async req => ({ index: this.unpin(req.pin?.cid ?? new Uint8Array()) }),
      // Batches of two, as the real server batches (reading across batch boundaries is what is tested).
      List: async function * (this: FakeConsensus) {
        const pins = [...this.state.values()]
        for (let i = 0; i < pins.length; i += 2) yield { pins: pins.slice(i, i + 2) }
      }.bind(this)
    }
    this.server = new SocketServer(this.socket, [{
      name: 'ipfscluster.consensus.v1.Consensus',
      definition: Consensus.service,
      implementation: implement<ConsensusHandlers>(Consensus.service, handlers as AsyncHandlers<ConsensusHandlers>)
    }])
    await this.server.listen()
    this.server.health.setAll('SERVING')
  }

  /** Stops serving (open streams are cut), as a consensus restart does. */
  async stop (): Promise<void> {
    await this.server?.stop(100)
    this.server = undefined
  }

  /** Applies a PIN op (committed under the W3C `traceparent` when given); returns its index. */
  pin (pin: Pin, traceparent = ''): number {
    this.state.set(key(pin.cid as Uint8Array), pin)
    return this.append({ type: 'OP_TYPE_PIN', pin, traceparent })
  }

  /** Applies an UNPIN op. */
  unpin (cid: Uint8Array): number {
    this.state.delete(key(cid))
    return this.append({ type: 'OP_TYPE_UNPIN', pin: { cid } })
  }

  /** Takes a snapshot of the state now and drops the log it covers. */
  compact (): void {
    this.snapshot = { index: this.last, pins: [...this.state.values()] }
    this.entries = []
  }

  private append (op: Op): number {
    this.entries.push({ index: ++this.last, op })
    for (const w of this.wake) w()
    return this.last
  }

  private async * watch (fromIndex: number, signal: AbortSignal): AsyncGenerator<any> {
    this.watchCalls.push(fromIndex)
    let next = Math.max(fromIndex, 1)
    if (next <= this.snapshot.index) {
      const { index, pins } = this.snapshot
      yield { reset: { snapshot_index: index, pin_count: pins.length } }
      for (const pin of pins) {
        this.sent++
        yield { applied: { index, op: { type: 'OP_TYPE_PIN', pin } } }
      }
      yield { reset_end: { snapshot_index: index } }
      next = index + 1
    }
    const caughtUpAt = this.last
    let caughtUp = false
    while (!signal.aborted) {
      for (const e of this.entries.filter(e => e.index >= next)) {
        this.sent++
        yield { applied: { index: e.index, op: e.op } }
        next = e.index + 1
      }
      if (!caughtUp) {
        caughtUp = true
        yield { caught_up: { applied_index: caughtUpAt } }
      }
      await new Promise<void>(resolve => {
        const done = (): void => { this.wake.delete(done); resolve() }
        this.wake.add(done)
        signal.addEventListener('abort', done, { once: true })
      })
    }
  }
}
