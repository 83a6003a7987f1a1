import type { WireMessage } from './message-codec.js'

/**
 * How the node reaches the consensus of other peers. Delivery is best
 * effort: Raft tolerates lost, duplicated and reordered messages.
 */
export interface Transport {
  /** Queues `messages` for `to`, in order; never throws. */
  send: (to: string, messages: WireMessage[]) => void
  /** Stops every stream. */
  close: () => void
}
