import type { ListResponse__Output } from '../gen/ipfscluster/consensus/v1/ListResponse.js'
import type { Pin__Output } from '../gen/ipfscluster/types/v1/Pin.js'

/**
 * The pins of a Consensus.List stream, one by one, whatever the server's
 * batching: each message's `pin` (one-per-message servers), then its `pins`.
 *
 * @example
 * ```ts
 * for await (const pin of listedPins(consensus.List({ linearizable: false, types: [] }))) …
 * ```
 */
export async function * listedPins (items: AsyncIterable<ListResponse__Output>): AsyncGenerator<Pin__Output> {
  for await (const item of items) {
    if (item.pin != null) yield item.pin
    yield * item.pins
  }
}
