/**
 * `ipfs_connector.ipfshttp` (config.md §4.5): the IPFS daemon's RPC API and
 * the IPFS proxy. The proxy keys also come in the v1.x layout, an
 * `api.ipfsproxy` section with the same keys without the `proxy_` prefix;
 * {@link withV1Proxy} reads that one.
 */
import { InvalidConfigError } from '../errors.js'
import { atLeast, httpListeners, ipfsApiAddress, notNegative, positive, urlPath } from './checks.js'
import type { Notices } from './notice.js'
import { defineSection, envName, field, omitWhenDefault, withEnvAliases, type Field, type Fields } from './section.js'
import { bool, duration, int, listOf, multiaddr, multiaddrs, string } from './types.js'

/** The `ipfs_connector.ipfshttp` section. Durations in milliseconds. */
export interface IpfsHttpConfig {
  /** The daemon's RPC API: `/ip4|/ip6|/dns|/dns4|/dns6/…/tcp/N` or `/unix/<path>`. */
  nodeMultiaddress: string
  /** Use https to the daemon. */
  nodeHttps: boolean
  /** Wait after start before connecting this IPFS to the other peers' IPFS; 0 = never. */
  connectSwarmsDelay: number
  /** Default timeout of one IPFS request. */
  ipfsRequestTimeout: number
  /** Cancel a `pin/add` after this long without progress. */
  pinTimeout: number
  /** Timeout of `pin/rm`. */
  unpinTimeout: number
  /** Timeout of `repo/gc`. */
  repogcTimeout: number
  /** Refuse IPFS unpins on this peer. */
  unpinDisable: boolean
  /** IPFS proxy listeners; `[]` = no proxy. */
  proxyListenMultiaddress: string[]
  proxyReadTimeout: number
  proxyReadHeaderTimeout: number
  proxyWriteTimeout: number
  proxyIdleTimeout: number
  proxyMaxHeaderBytes: number
  /** Proxy access log file (relative to the config folder); `""` = the `ipfsproxylog` facility. */
  proxyLogFile: string
  /** Extra IPFS response headers copied onto intercepted responses. */
  proxyExtractHeadersExtra: string[]
  /** IPFS path used to learn those headers. */
  proxyExtractHeadersPath: string
  /** Cache time of learnt headers; 0 = forever. */
  proxyExtractHeadersTtl: number
}

/** Prefix of the v1.x proxy variables (`CLUSTER_IPFSPROXY_LISTENMULTIADDRESS`). */
export const V1_PROXY_ENV_PREFIX = 'CLUSTER_IPFSPROXY_'
const PROXY = 'proxy_'

/** A proxy key: also set by its v1.x variable (`CLUSTER_IPFSPROXY_READTIMEOUT` → `proxy_read_timeout`). */
const proxy = <T>(f: Field<T>): Field<T> => withEnvAliases(f, envName(V1_PROXY_ENV_PREFIX, f.key.slice(PROXY.length)))

const fields: Fields<IpfsHttpConfig> = {
  nodeMultiaddress: field('node_multiaddress', multiaddr, '/ip4/127.0.0.1/tcp/5001', ipfsApiAddress),
  nodeHttps: omitWhenDefault(field('node_https', bool, false)),
  connectSwarmsDelay: field('connect_swarms_delay', duration, '30s', notNegative),
  ipfsRequestTimeout: field('ipfs_request_timeout', duration, '5m0s', positive),
  pinTimeout: field('pin_timeout', duration, '2m0s', positive),
  unpinTimeout: field('unpin_timeout', duration, '3h0m0s', positive),
  repogcTimeout: field('repogc_timeout', duration, '24h0m0s', positive),
  unpinDisable: omitWhenDefault(field('unpin_disable', bool, false)),
  proxyListenMultiaddress: proxy(field('proxy_listen_multiaddress', multiaddrs, '/ip4/127.0.0.1/tcp/9095', httpListeners)),
  proxyReadTimeout: proxy(field('proxy_read_timeout', duration, '0s', notNegative)),
  proxyReadHeaderTimeout: proxy(field('proxy_read_header_timeout', duration, '5s', notNegative)),
  proxyWriteTimeout: proxy(field('proxy_write_timeout', duration, '0s', notNegative)),
  proxyIdleTimeout: proxy(field('proxy_idle_timeout', duration, '1m0s', notNegative)),
  proxyMaxHeaderBytes: proxy(field('proxy_max_header_bytes', int, 4096, atLeast(4096, 'must be not less than 4096'))),
  proxyLogFile: proxy(field('proxy_log_file', string, '')),
  proxyExtractHeadersExtra: proxy(field('proxy_extract_headers_extra', listOf(string), [])),
  proxyExtractHeadersPath: proxy(field('proxy_extract_headers_path', string, '/api/v0/version', urlPath)),
  proxyExtractHeadersTtl: proxy(field('proxy_extract_headers_ttl', duration, '5m0s', notNegative))
}

/** The `ipfs_connector.ipfshttp` section. */
export const ipfsHttpSection = defineSection('ipfs_connector.ipfshttp', 'CLUSTER_IPFSHTTP_', fields)

type V1ProxyConfig = Pick<IpfsHttpConfig, Extract<keyof IpfsHttpConfig, `proxy${string}`> | 'nodeMultiaddress' | 'nodeHttps'>

/** `api.ipfsproxy`: the proxy keys without their prefix, plus the daemon address it forwarded to. */
const v1ProxySection = defineSection<V1ProxyConfig>('api.ipfsproxy', V1_PROXY_ENV_PREFIX, Object.fromEntries(
  Object.entries(fields as Record<string, Field<unknown>>)
    .filter(([prop]) => prop.startsWith('proxy') || prop.startsWith('node'))
    .map(([prop, f]) => [prop, { ...f, key: f.key.startsWith(PROXY) ? f.key.slice(PROXY.length) : f.key, envAliases: [] }])
) as unknown as Fields<V1ProxyConfig>)

/**
 * Takes the proxy settings from a v1.x `api.ipfsproxy` section when there is
 * one. Its `node_multiaddress`/`node_https`, when given, must be the
 * connector's: here the proxy forwards through the connector.
 *
 * @param ipfshttpJson - the `ipfs_connector.ipfshttp` JSON as read (to see whether it has `proxy_*` keys)
 * @throws InvalidConfigError `proxy configured twice: …`, `api.ipfsproxy.node_multiaddress must equal …`, or a key problem
 */
export function withV1Proxy (cfg: IpfsHttpConfig, ipfshttpJson: unknown, proxyJson: unknown, notices: Notices): IpfsHttpConfig {
  if (proxyJson === undefined || proxyJson === null) return cfg
  const own = typeof ipfshttpJson === 'object' && ipfshttpJson !== null ? Object.keys(ipfshttpJson) : []
  if (own.some(k => k.startsWith(PROXY))) {
    throw new InvalidConfigError('proxy configured twice: api.ipfsproxy and ipfs_connector.ipfshttp.proxy_*')
  }
  const { nodeMultiaddress, nodeHttps, ...proxyKeys } = v1ProxySection.read(proxyJson, notices)
  const given = proxyJson as Record<string, unknown>
  for (const [key, value, mine] of [['node_multiaddress', nodeMultiaddress, cfg.nodeMultiaddress], ['node_https', nodeHttps, cfg.nodeHttps]] as const) {
    if (given[key] != null && value !== mine) {
      throw new InvalidConfigError(`api.ipfsproxy.${key} must equal ipfs_connector.ipfshttp.${key}`)
    }
  }
  return { ...cfg, ...proxyKeys }
}
