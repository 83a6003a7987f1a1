/**
 * The disk informer (`informer.disk`): `freespace` = StorageMax − RepoSize
 * (0 is not a usable value: invalid), or `reposize` = RepoSize with a
 * negated weight, from the connector's RepoStat. Published every TTL/2.
 */
import { logger, type DiskInformerConfig, type PromiseClient } from '@ipfscluster/chassis'
import type { IPFSConnectorClient } from '@ipfscluster/proto'
import { INVALID, type Informer } from './informer.js'

const log = logger('diskinfo')

export function diskInformer (ipfs: Pick<PromiseClient<IPFSConnectorClient>, 'RepoStat'>, config: DiskInformerConfig): Informer {
  return {
    name: config.metricType,
    ttl: config.metricTtl,
    interval: config.metricTtl / 2,
    measure: async signal => {
      try {
        const { repo_stat: stat } = await ipfs.RepoStat({}, { signal, timeout: config.metricTtl / 2, idempotent: true })
        const size = BigInt(stat?.repo_size ?? 0)
        if (config.metricType === 'reposize') return { value: String(size), weight: -size, valid: true }
        const max = BigInt(stat?.storage_max ?? 0)
        const free = max > size ? max - size : 0n
        return { value: String(free), weight: free, valid: free > 0n }
      } catch (err) {
        log.debug('cannot read the IPFS repo size', { err: (err as Error).message })
        return INVALID
      }
    }
  }
}
