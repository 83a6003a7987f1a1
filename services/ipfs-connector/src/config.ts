/**
 * This service's configuration (config.md §4.5): `ipfs_connector.ipfshttp`
 * (the daemon client and the proxy; the v1.x `api.ipfsproxy` section is
 * accepted instead of the `proxy_*` keys) and `ipfs_connector.embedded` (the
 * Helia node, a project addition), read from `<config folder>/service.json`
 * with `CLUSTER_IPFSHTTP_*`, `CLUSTER_IPFSPROXY_*` and `CLUSTER_EMBEDDED_*`
 * overrides.
 */
import { readFile } from 'node:fs/promises'
import { isAbsolute, join } from 'node:path'
import { InvalidConfigError, type Logger } from '@ipfscluster/chassis'
import { notNegative, positive, readSection, type Field } from './config-fields.js'
import { parseApiAddress } from './kubo/api-address.js'

/** `ipfs_connector.ipfshttp`, durations in milliseconds. */
export interface IpfsHttpConfig {
  node_multiaddress: string
  node_https: boolean
  connect_swarms_delay: number
  ipfs_request_timeout: number
  pin_timeout: number
  unpin_timeout: number
  repogc_timeout: number
  unpin_disable: boolean
  /** Empty = proxy off. */
  proxy_listen_multiaddress: string[]
  proxy_read_timeout: number
  proxy_read_header_timeout: number
  proxy_write_timeout: number
  proxy_idle_timeout: number
  proxy_max_header_bytes: number
  /** Absolute path, or '' for the `ipfsproxylog` facility. */
  proxy_log_file: string
  proxy_extract_headers_extra: string[]
  proxy_extract_headers_path: string
  proxy_extract_headers_ttl: number
}

/** `ipfs_connector.embedded`: the Helia node used instead of a daemon when `enabled`. */
export interface EmbeddedConfig {
  enabled: boolean
  /** Absolute folder of the node's blockstore, datastore and key. */
  repo_path: string
  /** libp2p (bitswap) listen addresses of the node. */
  listen_multiaddress: string[]
  /** Repository size limit reported as `StorageMax`, bytes. */
  storage_max: bigint
}

/** Both sections. */
export interface ConnectorConfig {
  ipfshttp: IpfsHttpConfig
  embedded: EmbeddedConfig
}

const IPFSHTTP = 'ipfs_connector.ipfshttp'
const EMBEDDED = 'ipfs_connector.embedded'

const ipfshttpFields: Field[] = [
  { key: 'node_multiaddress', type: 'string', default: '/ip4/127.0.0.1/tcp/5001', check: (v: string) => parseApiAddress(v) === undefined ? `unsupported IPFS API address ${JSON.stringify(v)}` : undefined },
  { key: 'node_https', type: 'bool', default: false },
  { key: 'connect_swarms_delay', type: 'duration', default: 30_000, check: notNegative },
  { key: 'ipfs_request_timeout', type: 'duration', default: 300_000, check: positive },
  { key: 'pin_timeout', type: 'duration', default: 120_000, check: positive },
  { key: 'unpin_timeout', type: 'duration', default: 10_800_000, check: positive },
  { key: 'repogc_timeout', type: 'duration', default: 86_400_000, check: positive },
  { key: 'unpin_disable', type: 'bool', default: false },
  { key: 'proxy_listen_multiaddress', type: 'multiaddrs', default: ['/ip4/127.0.0.1/tcp/9095'] },
  { key: 'proxy_read_timeout', type: 'duration', default: 0, check: notNegative },
  { key: 'proxy_read_header_timeout', type: 'duration', default: 5_000, check: notNegative },
  { key: 'proxy_write_timeout', type: 'duration', default: 0, check: notNegative },
  { key: 'proxy_idle_timeout', type: 'duration', default: 60_000, check: notNegative },
  { key: 'proxy_max_header_bytes', type: 'int', default: 4096, check: (v: number) => v >= 4096 ? undefined : 'must be not less than 4096' },
  { key: 'proxy_log_file', type: 'string', default: '' },
  { key: 'proxy_extract_headers_extra', type: 'strings', default: [] },
  { key: 'proxy_extract_headers_path', type: 'string', default: '/api/v0/version', check: (v: string) => v.startsWith('/') ? undefined : 'must start with /' },
  { key: 'proxy_extract_headers_ttl', type: 'duration', default: 300_000, check: notNegative }
]

const embeddedFields: Field[] = [
  { key: 'enabled', type: 'bool', default: false },
  { key: 'repo_path', type: 'string', default: 'ipfs', check: (v: string) => v === '' ? 'must not be empty' : undefined },
  { key: 'listen_multiaddress', type: 'multiaddrs', default: ['/ip4/0.0.0.0/tcp/4001'] },
  { key: 'storage_max', type: 'string', default: '10GB', check: (v: string) => parseBytes(v) === undefined ? `invalid size ${JSON.stringify(v)} (e.g. "10GB", "500MiB")` : undefined }
]

/** v1.x `api.ipfsproxy` keys and the `ipfshttp` keys they stand for. */
const LEGACY_PROXY_KEYS = ['listen_multiaddress', 'log_file', 'read_timeout', 'read_header_timeout', 'write_timeout', 'idle_timeout', 'max_header_bytes', 'extract_headers_extra', 'extract_headers_path', 'extract_headers_ttl']

const SIZE_UNITS: Record<string, bigint> = { '': 1n, b: 1n, kb: 1000n, mb: 1000n ** 2n, gb: 1000n ** 3n, tb: 1000n ** 4n, kib: 1024n, mib: 1024n ** 2n, gib: 1024n ** 3n, tib: 1024n ** 4n }

/** Kubo's `StorageMax` syntax (`10GB`, `500MiB`, `1024`) in bytes. */
export function parseBytes (text: string): bigint | undefined {
  const m = /^\s*(\d+)\s*([a-z]*)\s*$/i.exec(text)
  const unit = m === null ? undefined : SIZE_UNITS[m[2].toLowerCase()]
  return m === null || unit === undefined ? undefined : BigInt(m[1]) * unit
}

/**
 * Builds the configuration from the parsed `service.json` and the environment.
 *
 * @throws InvalidConfigError naming the key path.
 */
export function parseConfig (json: Record<string, any>, configFolder: string, env: NodeJS.ProcessEnv, log: Logger): ConnectorConfig {
  const ipfshttpRaw = withLegacyProxy(json.ipfs_connector?.ipfshttp, json.api?.ipfsproxy, env)
  const h = readSection(IPFSHTTP, ipfshttpRaw, ipfshttpFields, env, 'CLUSTER_IPFSHTTP_', log) as unknown as IpfsHttpConfig
  const e = readSection(EMBEDDED, json.ipfs_connector?.embedded, embeddedFields, env, 'CLUSTER_EMBEDDED_', log)
  const inFolder = (p: string): string => p === '' || isAbsolute(p) ? p : join(configFolder, p)
  return {
    ipfshttp: { ...h, proxy_log_file: inFolder(h.proxy_log_file) },
    embedded: {
      enabled: e.enabled as boolean,
      repo_path: inFolder(e.repo_path as string),
      listen_multiaddress: e.listen_multiaddress as string[],
      storage_max: parseBytes(e.storage_max as string) as bigint
    }
  }
}

/** Folds a v1.x `api.ipfsproxy` section (and its `CLUSTER_IPFSPROXY_*` variables) into the `proxy_*` keys. */
function withLegacyProxy (ipfshttp: unknown, legacy: unknown, env: NodeJS.ProcessEnv): unknown {
  for (const key of LEGACY_PROXY_KEYS) {
    const old = env[`CLUSTER_IPFSPROXY_${key.replaceAll('_', '').toUpperCase()}`]
    const now = `CLUSTER_IPFSHTTP_PROXY${key.replaceAll('_', '').toUpperCase()}`
    if (old !== undefined && env[now] === undefined) env[now] = old
  }
  if (legacy === undefined || legacy === null) return ipfshttp
  const section = { ...(ipfshttp ?? {}) as Record<string, unknown> }
  if (Object.keys(section).some(k => k.startsWith('proxy_'))) {
    throw new InvalidConfigError('proxy configured twice: api.ipfsproxy and ipfs_connector.ipfshttp.proxy_*')
  }
  const old = legacy as Record<string, unknown>
  if (old.node_multiaddress !== undefined && section.node_multiaddress !== undefined && old.node_multiaddress !== section.node_multiaddress) {
    throw new InvalidConfigError('api.ipfsproxy.node_multiaddress must equal ipfs_connector.ipfshttp.node_multiaddress')
  }
  for (const key of LEGACY_PROXY_KEYS) if (old[key] !== undefined) section[`proxy_${key}`] = old[key]
  for (const key of ['node_multiaddress', 'node_https']) if (old[key] !== undefined) section[key] ??= old[key]
  return section
}

/**
 * Reads `<configFolder>/service.json`.
 *
 * @throws InvalidConfigError when the file is missing, not JSON, or a value is invalid.
 */
export async function loadConfig (configFolder: string, env: NodeJS.ProcessEnv, log: Logger): Promise<ConnectorConfig> {
  const file = join(configFolder, 'service.json')
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch {
    throw new InvalidConfigError(`${file} does not exist. Run "ipfs-cluster-service init" first`)
  }
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (err) {
    throw new InvalidConfigError(`service.json: invalid JSON: ${(err as Error).message}`)
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) throw new InvalidConfigError('service.json: not a JSON object')
  return parseConfig(json as Record<string, any>, configFolder, { ...env }, log)
}
