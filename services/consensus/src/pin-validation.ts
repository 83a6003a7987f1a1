/**
 * Checks of a pin at propose time (consensus.md §3): apply never fails, so
 * whatever reaches the log must already be valid.
 */
import { InvalidParametersError } from '@ipfscluster/chassis'
import type { Pin } from '@ipfscluster/proto'
import { CID } from 'multiformats/cid'

/** A known pin type of types.proto (the relay passes unknown enum numbers through). */
const PIN_TYPES = new Set(['PIN_TYPE_PIN', 'PIN_TYPE_META_PIN', 'PIN_TYPE_CLUSTERDAG_PIN', 'PIN_TYPE_SHARD_PIN'])

/** @throws InvalidParametersError naming the problem (rule R texts from config.md §4.1) */
export function validatePin (pin: Pin | null | undefined, op: 'pin' | 'unpin'): Uint8Array {
  if (pin == null) throw new InvalidParametersError('pin is required')
  const cid = pin.cid instanceof Uint8Array ? pin.cid : Buffer.from(pin.cid ?? '')
  try {
    CID.decode(cid)
  } catch (err) {
    throw new InvalidParametersError(`error decoding Cid: ${(err as Error).message}`)
  }
  if (op === 'unpin') return cid
  if (!PIN_TYPES.has(String(pin.type))) throw new InvalidParametersError(`unknown pin type ${JSON.stringify(pin.type ?? '')}`)
  const min = Number(pin.replication_factor_min ?? 0)
  const max = Number(pin.replication_factor_max ?? 0)
  if (min === 0 || max === 0) throw new InvalidParametersError('replication_factor_min and max must be set')
  if (min < -1) throw new InvalidParametersError('replication_factor_min is wrong')
  if (max < -1) throw new InvalidParametersError('replication_factor_max is wrong')
  if ((min === -1) !== (max === -1)) throw new InvalidParametersError('replication_factor_min and max must be -1 when one of them is')
  if (min > max) throw new InvalidParametersError('replication_factor_min is larger than max')
  return cid
}
