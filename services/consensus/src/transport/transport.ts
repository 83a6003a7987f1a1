import type { WireMessage } from './message-codec.js'

/**
 * How the node reaches the consensus of other peers. Delivery is best
 * effort: Raft tolerates lost, duplicated and reordered messages.
 */
export interface Transport {
  /** Queues `messages` for `to`, in order; never throws. */
  send: (to: string, messages: WireMessage[]) => void
  /** Resolves once `to`'s queue has room again (flow control for snapshot chunks). */
  drain: (to: string) => Promise<void>
  /** Stops every stream. */
  close: () => void
}
