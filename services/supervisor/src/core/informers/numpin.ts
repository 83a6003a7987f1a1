/**
 * The numpin informer (`informer.numpin`): how many CIDs IPFS pins
 * (recursive + direct `pin/ls`), weight negated so fewer pins rank first.
 * Published every TTL/2.
 */
import { logger, type NumpinInformerConfig, type PromiseClient } from '@ipfscluster/chassis'
import type { IPFSConnectorClient } from '@ipfscluster/proto'
import { INVALID, type Informer } from './informer.js'

const log = logger('numpin')

export function numpinInformer (ipfs: Pick<PromiseClient<IPFSConnectorClient>, 'PinLs'>, config: NumpinInformerConfig): Informer {
  return {
    name: 'numpin',
    ttl: config.metricTtl,
    interval: config.metricTtl / 2,
    measure: async signal => {
      try {
        let count = 0n
        for await (const item of ipfs.PinLs({ types: [] }, { signal, timeout: config.metricTtl / 2 })) {
          void item
          count++
        }
        return { value: String(count), weight: -count, valid: true }
      } catch (err) {
        log.debug('cannot count the IPFS pins', { err: (err as Error).message })
        return INVALID
      }
    }
  }
}
