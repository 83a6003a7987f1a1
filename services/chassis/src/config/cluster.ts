/**
 * `cluster` (config.md §4.1): identity, secret, membership, intervals and
 * replication defaults. Read by the supervisor; identity, secret, peers and
 * listen addresses also by peer-management.
 */
import { hostname } from 'node:os'
import { InvalidConfigError } from '../errors.js'
import { notNegative, positive, tcpListeners } from './checks.js'
import { keyPeerId } from './identity.js'
import { canonicalPeerId } from './multiaddr.js'
import type { Notices } from './notice.js'
import { secret } from './secret.js'
import { atKey, defineSection, field } from './section.js'
import { bool, duration, int, listOf, multiaddrs, peerMultiaddr, string, type ValueType } from './types.js'

/** The `cluster` section. Durations in milliseconds; addresses normalized strings. */
export interface ClusterSectionConfig {
  /** This peer's libp2p ID, canonical base58. */
  id: string
  /** Human name in `/id` and statuses; the host name when empty. */
  peername: string
  /** Std base64 of the protobuf-encoded private key (`decodePrivateKey` gives the key). */
  privateKey: string
  /** Private-network key, 64 lower-case hex characters; `""` = unprotected (`pskFile` makes the pnet key). */
  secret: string
  /** Current members, each ending in `/p2p/<id>`; may include this peer. */
  peers: string[]
  /** Peers to join through when `peers` is empty, tried in order. */
  bootstrap: string[]
  /** Leave the cluster (remove self from Raft) on shutdown. */
  leaveOnShutdown: boolean
  /** libp2p listen addresses, `/ip4|/ip6/…/tcp/<port>`. */
  listenMultiaddress: string[]
  /** Shared state → pin tracker reconciliation; leader expiry check. */
  stateSyncInterval: number
  /** Pin tracker ↔ IPFS pinset reconciliation. */
  ipfsSyncInterval: number
  /** Periodic recover of errored items; 0 = off. */
  pinRecoverInterval: number
  /** Default minimum allocations of a pin; -1 = every peer. */
  replicationFactorMin: number
  /** Default maximum allocations of a pin; -1 = every peer. */
  replicationFactorMax: number
  /** Period of the `ping` metric (TTL 2×). */
  monitorPingInterval: number
  /** How often the peerset is checked (save `peers`, detect own removal). */
  peerWatchInterval: number
  /** Do not re-allocate the pins of a peer whose `ping` expired. */
  disableRepinning: boolean
}

/** A string where `""` means this machine's host name (never saved as such). */
const peername: ValueType<string> = {
  read: v => peername.fromEnv(string.read(v)),
  fromEnv: t => t === '' ? hostname() : t,
  write: v => v
}

/** The `cluster` section. */
export const clusterSection = defineSection<ClusterSectionConfig>('cluster', 'CLUSTER_', {
  id: field('id', string, ''),
  peername: field('peername', peername, ''),
  privateKey: field('private_key', string, ''),
  secret: field('secret', secret, ''),
  peers: field('peers', listOf(peerMultiaddr), []),
  bootstrap: field('bootstrap', listOf(peerMultiaddr), []),
  leaveOnShutdown: field('leave_on_shutdown', bool, false),
  listenMultiaddress: field('listen_multiaddress', multiaddrs, '/ip4/0.0.0.0/tcp/9096', tcpListeners),
  stateSyncInterval: field('state_sync_interval', duration, '1m0s', positive),
  ipfsSyncInterval: field('ipfs_sync_interval', duration, '2m10s', positive),
  pinRecoverInterval: field('pin_recover_interval', duration, '12m0s', notNegative),
  replicationFactorMin: field('replication_factor_min', int, -1),
  replicationFactorMax: field('replication_factor_max', int, -1),
  monitorPingInterval: field('monitor_ping_interval', duration, '15s', positive),
  peerWatchInterval: field('peer_watch_interval', duration, '5s', positive),
  disableRepinning: field('disable_repinning', bool, false)
}, {
  prepare: legacyReplicationFactor,
  validate (cfg, at, notices) {
    checkReplication(cfg, at)
    if (cfg.secret === '') notices.warn('Cluster secret is empty, cluster will start on unprotected network.')
    return { ...cfg, id: checkIdentity(cfg, at) }
  }
})

/**
 * 0.3.1's `replication_factor` sets min and max when they are absent; `0`
 * meant "everywhere". Consumed here so it is not reported as unknown.
 */
function legacyReplicationFactor (json: Record<string, unknown>, at: string, notices: Notices): Record<string, unknown> {
  const { replication_factor: legacy, ...rest } = json
  if (legacy === undefined || legacy === null) return rest
  let factor = atKey(`${at}.replication_factor`, () => int.read(legacy))
  if (factor === 0) {
    notices.warn('Replication factor set to -1 (pin everywhere)')
    factor = -1
  }
  const { replication_factor_min: min, replication_factor_max: max } = rest
  if ((min != null && min !== factor) || (max != null && max !== factor)) {
    throw new InvalidConfigError(`${at}.replication_factor: conflicts with replication_factor_min/max`)
  }
  return { ...rest, replication_factor_min: factor, replication_factor_max: factor }
}

/** Rule R of config.md §4.1, in the original's order and words. */
function checkReplication ({ replicationFactorMin: min, replicationFactorMax: max }: ClusterSectionConfig, at: string): void {
  const problem =
    min === 0 || max === 0 ? 'replication_factor_min and max must be set'
      : min > max ? 'replication_factor_min is larger than max'
        : min < -1 ? 'replication_factor_min is wrong'
          : max < -1 ? 'replication_factor_max is wrong'
            : (min === -1) !== (max === -1) ? 'replication_factor_min and max must be -1 when one of them is'
              : undefined
  if (problem !== undefined) throw new InvalidConfigError(`${at}.${problem}`)
}

/** The ID must be set, decode, and be the one the private key gives; returns it canonical. */
function checkIdentity (cfg: ClusterSectionConfig, at: string): string {
  if (cfg.id === '') throw new InvalidConfigError(`${at}.id not set`)
  if (cfg.privateKey === '') throw new InvalidConfigError(`${at}.private_key not set`)
  const keyId = atKey(`${at}.private_key`, () => keyPeerId(cfg.privateKey))
  const id = atKey(`${at}.id`, () => canonicalPeerId(cfg.id))
  if (id !== keyId) throw new InvalidConfigError(`${at}.id: does not match the private_key (the key gives ${keyId})`)
  return id
}
