/** Replication factors of a pin request (cluster-behaviour.md §3.1 step 3). */
import { PinValidationError } from './errors.js'

/** Resolved `min`/`max`: each 0 takes the configured default; rule R (config.md §4.1) checked. */
export function resolveReplication (min: number, max: number, defaults: { min: number, max: number }): { min: number, max: number } {
  const rMin = min === 0 ? defaults.min : min
  const rMax = max === 0 ? defaults.max : max
  const problem =
    rMin > rMax && rMax !== -1 ? 'replication_factor_min is larger than max'
      : rMin < -1 ? 'replication_factor_min is wrong'
        : rMax < -1 ? 'replication_factor_max is wrong'
          : (rMin === -1) !== (rMax === -1) ? 'replication_factor_min and max must be -1 when one of them is'
            : undefined
  if (problem !== undefined) throw new PinValidationError(`cluster.${problem}`)
  return { min: rMin, max: rMax }
}
