/**
 * An informer (cluster-behaviour.md §5): measures one metric of this peer.
 * The publisher turns measurements into `Metric`s with an expiry and pushes
 * them through the peer monitor.
 */

/** One measurement; `valid: false` when it could not be taken (IPFS unreachable). */
export interface Measurement {
  /** Metric value as text (decimal; JSON for `ping`). */
  value: string
  /** Allocation weight. */
  weight: bigint
  valid: boolean
}

export interface Informer {
  /** Metric name: `freespace`, `reposize`, `numpin`, `ping`. */
  readonly name: string
  /** Lifetime of a published metric, ms. */
  readonly ttl: number
  /** Time between publications, ms. */
  readonly interval: number
  /** Publish only when the value changed since the last publication (someone else repeats it). */
  readonly onChangeOnly?: boolean
  /** Takes a measurement; never rejects (failures give `valid: false`). */
  measure: (signal: AbortSignal) => Promise<Measurement>
}

/** The measurement of an informer that could not measure. */
export const INVALID: Measurement = { value: '', weight: 0n, valid: false }
