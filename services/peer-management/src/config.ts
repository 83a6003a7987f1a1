/**
 * The keys of service.json this process owns (config.md §4.1, §4.2, §4.7),
 * with their `CLUSTER_*` environment overrides (config.md §5). Every bad
 * value stops start-up with an error naming the key.
 *
 * Parsed here until the shared config library of the chassis lands.
 */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Multiaddr } from '@multiformats/multiaddr'
import { InvalidConfigError } from '@ipfscluster/chassis'
import { positiveDuration } from './config/duration.js'
import { loadIdentity, type Identity, type Keyed } from './config/identity.js'
import { parseListen, parsePeerAddrs, parseSecret } from './config/values.js'

/** What the peer-management process needs from the configuration. */
export interface PeerManagementConfig {
  identity: Identity
  /** The 32-byte private network key; undefined = unprotected network. */
  secret: Uint8Array | undefined
  /** `cluster.peers`: cluster members to connect to at boot. */
  peers: Multiaddr[]
  /** `cluster.bootstrap`: peers to join through, in order. */
  bootstrap: Multiaddr[]
  /** `cluster.listen_multiaddress`. */
  listen: Multiaddr[]
  /** `cluster.monitor_ping_interval`, ms: period of the `ping` metric (TTL 2×). */
  pingInterval: number
  /** `monitor.monbasic.check_interval`, ms: how often metrics are checked for expiry. */
  checkInterval: number
  /** `consensus.raft.network_timeout`, ms: bound of one dial or metric push to a peer. */
  networkTimeout: number
}

const DEFAULTS = {
  listen_multiaddress: '/ip4/0.0.0.0/tcp/9096',
  monitor_ping_interval: '15s',
  check_interval: '15s',
  network_timeout: '10s'
}

type Json = Record<string, unknown>

/** Reads and validates `<folder>/service.json` (and `identity.json`), with `env` overrides applied. */
export async function loadConfig (folder: string, env: NodeJS.ProcessEnv = process.env): Promise<PeerManagementConfig> {
  const path = join(folder, 'service.json')
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') throw new InvalidConfigError(`${path} does not exist. Run "ipfs-cluster-service init" first`)
    throw new InvalidConfigError(`service.json: ${(err as Error).message}`)
  }
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (err) {
    throw new InvalidConfigError(`service.json: invalid JSON: ${(err as Error).message}`)
  }
  if (!isObject(json)) throw new InvalidConfigError('service.json: invalid JSON: not an object')
  return parseConfig(folder, json, env)
}

/** Validates the owned sections of an already parsed service.json. */
export async function parseConfig (folder: string, json: Json, env: NodeJS.ProcessEnv = process.env): Promise<PeerManagementConfig> {
  const cluster = section(json, 'cluster')
  const raft = section(section(json, 'consensus'), 'raft')
  const monitor = section(json, 'monitor')
  const monbasic = monitor.monbasic !== undefined ? section(monitor, 'monbasic') : section(monitor, 'pubsubmon')
  const key = (sec: Json, path: string, name: string, envVar: string, list = false): Keyed => {
    const fromEnv = env[envVar]
    if (fromEnv === undefined) return { value: sec[name] ?? undefined, label: `${path}.${name}` }
    const value = list ? fromEnv.split(',').map(s => s.trim()).filter(s => s !== '') : fromEnv
    return { value, label: `${envVar} (${path}.${name})` }
  }
  const orDefault = (k: Keyed, fallback: unknown): Keyed => ({ ...k, value: k.value ?? fallback })
  const secret = key(cluster, 'cluster', 'secret', 'CLUSTER_SECRET')
  const peers = key(cluster, 'cluster', 'peers', 'CLUSTER_PEERS', true)
  const bootstrap = key(cluster, 'cluster', 'bootstrap', 'CLUSTER_BOOTSTRAP', true)
  const listen = orDefault(key(cluster, 'cluster', 'listen_multiaddress', 'CLUSTER_LISTENMULTIADDRESS', env.CLUSTER_LISTENMULTIADDRESS?.includes(',') === true), DEFAULTS.listen_multiaddress)
  const ping = orDefault(key(cluster, 'cluster', 'monitor_ping_interval', 'CLUSTER_MONITORPINGINTERVAL'), DEFAULTS.monitor_ping_interval)
  const check = orDefault(key(monbasic, 'monitor.monbasic', 'check_interval', 'CLUSTER_MONBASIC_CHECKINTERVAL'), DEFAULTS.check_interval)
  const network = orDefault(key(raft, 'consensus.raft', 'network_timeout', 'CLUSTER_RAFT_NETWORKTIMEOUT'), DEFAULTS.network_timeout)
  const config: Omit<PeerManagementConfig, 'identity'> = {
    secret: parseSecret(secret.label, secret.value ?? ''),
    peers: parsePeerAddrs(peers.label, peers.value),
    bootstrap: parsePeerAddrs(bootstrap.label, bootstrap.value),
    listen: parseListen(listen.label, listen.value),
    pingInterval: positiveDuration(ping.label, ping.value),
    checkInterval: positiveDuration(check.label, check.value),
    networkTimeout: positiveDuration(network.label, network.value)
  }
  const identity = await loadIdentity(folder, key(cluster, 'cluster', 'id', 'CLUSTER_ID'), key(cluster, 'cluster', 'private_key', 'CLUSTER_PRIVATEKEY'))
  return { identity, ...config }
}

function isObject (v: unknown): v is Json {
  return v !== null && typeof v === 'object' && !Array.isArray(v)
}

function section (parent: Json, name: string): Json {
  const v = parent[name]
  if (v === undefined || v === null) return {}
  if (!isObject(v)) throw new InvalidConfigError(`${name}: expected an object, got ${JSON.stringify(v)}`)
  return v
}
