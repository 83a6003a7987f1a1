/**
 * `api.restapi` (config.md §4.3) and `api.pinsvcapi` (§4.4): the HTTP API
 * servers of the supervisor. Both have the same keys; only the section, the
 * variable prefix and the default listener differ.
 */
import { InvalidConfigError } from '../errors.js'
import { atLeast, httpListeners, notNegative, type Check } from './checks.js'
import type { Notices } from './notice.js'
import { defineSection, envName, field, omitWhenDefault, withEnvAliases, type Section } from './section.js'
import { bool, credentials, duration, headerMap, int, listOf, multiaddrs, string } from './types.js'

/** An HTTP API section. Durations in milliseconds. */
export interface RestApiConfig {
  /** HTTP(S) listeners (`/ip4|/ip6/…/tcp/N`, `/unix/<path>`); `[]` = no server. */
  listenMultiaddress: string[]
  /** TLS certificate file (relative to the config folder); TLS when both files are set. */
  sslCertFile: string
  /** TLS key file (relative to the config folder). */
  sslKeyFile: string
  /** Whole-request read limit; 0 = none. */
  readTimeout: number
  /** Header read limit. */
  readHeaderTimeout: number
  /** Response write limit; 0 = none. */
  writeTimeout: number
  /** Keep-alive idle limit. */
  idleTimeout: number
  /** Request header size limit (→ 431). */
  maxHeaderBytes: number
  /** user → password; `null` = no authentication. */
  basicAuthCredentials: Record<string, string> | null
  /** Access log file; `""` = the `restapilog` facility. */
  httpLogFile: string
  /** Extra headers on every JSON response. */
  headers: Record<string, string[]>
  corsAllowedOrigins: string[]
  corsAllowedMethods: string[]
  /** `[]` = `accept, content-type, x-requested-with`. */
  corsAllowedHeaders: string[]
  corsExposedHeaders: string[]
  corsAllowCredentials: boolean
  /** Preflight cache time; 0 = header not sent. */
  corsMaxAge: number
}

const authEntries: Check<Record<string, string> | null> = creds => {
  if (creds === null) return undefined
  const users = Object.keys(creds)
  if (users.length === 0) return 'should be null or have at least one entry'
  return users.includes('') ? 'empty user name' : undefined
}

const methodNames: Check<string[]> = methods => {
  const bad = methods.find(m => !/^[A-Za-z]+$/.test(m))
  return bad === undefined ? undefined : `invalid HTTP method ${JSON.stringify(bad)}`
}

/** v1.x keys of its libp2p-HTTP endpoint, which this implementation does not have. */
const LIBP2P_KEYS = ['libp2p_listen_multiaddress', 'id', 'private_key']

const isEmpty = (v: unknown): boolean => v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0)

/** Accepts the v1.x name of the listener key and refuses the libp2p endpoint keys. */
function legacyKeys (json: Record<string, unknown>, at: string): Record<string, unknown> {
  const { http_listen_multiaddress: v1Listen, ...rest } = json
  for (const key of LIBP2P_KEYS) {
    if (!isEmpty(rest[key])) throw new InvalidConfigError(`${at}.${key}: the libp2p endpoint of the REST API is not supported`)
    delete rest[key]
  }
  if (isEmpty(v1Listen)) return rest
  if (rest.listen_multiaddress != null) {
    throw new InvalidConfigError(`${at}.listen_multiaddress: listen_multiaddress and http_listen_multiaddress are both set`)
  }
  return { ...rest, listen_multiaddress: v1Listen }
}

function validate (cfg: RestApiConfig, at: string, notices: Notices): RestApiConfig {
  if ((cfg.sslCertFile === '') !== (cfg.sslKeyFile === '')) {
    const set = cfg.sslCertFile === '' ? 'ssl_key_file' : 'ssl_cert_file'
    throw new InvalidConfigError(`${at}.${set}: ssl_cert_file and ssl_key_file must be set together`)
  }
  for (const [user, password] of Object.entries(cfg.basicAuthCredentials ?? {})) {
    if (password === '') notices.warn(`user ${JSON.stringify(user)} has an empty password and cannot log in`)
  }
  return cfg
}

/** Builds an HTTP API section: same keys, its own place, prefix and default listener. */
function apiSection (configKey: string, envPrefix: string, defaultListen: string): Section<RestApiConfig> {
  return defineSection<RestApiConfig>(configKey, envPrefix, {
    listenMultiaddress: withEnvAliases(field('listen_multiaddress', multiaddrs, defaultListen, httpListeners), envName(envPrefix, 'http_listen_multiaddress')),
    sslCertFile: omitWhenDefault(field('ssl_cert_file', string, '')),
    sslKeyFile: omitWhenDefault(field('ssl_key_file', string, '')),
    readTimeout: field('read_timeout', duration, '0s', notNegative),
    readHeaderTimeout: field('read_header_timeout', duration, '5s', notNegative),
    writeTimeout: field('write_timeout', duration, '0s', notNegative),
    idleTimeout: field('idle_timeout', duration, '2m0s', notNegative),
    maxHeaderBytes: field('max_header_bytes', int, 4096, atLeast(4096, 'must be not less than 4096')),
    basicAuthCredentials: field('basic_auth_credentials', credentials, null, authEntries),
    httpLogFile: field('http_log_file', string, ''),
    headers: field('headers', headerMap, {}),
    corsAllowedOrigins: field('cors_allowed_origins', listOf(string), ['*']),
    corsAllowedMethods: field('cors_allowed_methods', listOf(string), ['GET'], methodNames),
    corsAllowedHeaders: field('cors_allowed_headers', listOf(string), []),
    corsExposedHeaders: field('cors_exposed_headers', listOf(string), ['Content-Type', 'X-Stream-Output', 'X-Chunked-Output', 'X-Content-Length']),
    corsAllowCredentials: field('cors_allow_credentials', bool, true),
    corsMaxAge: field('cors_max_age', duration, '0s', notNegative)
  }, { prepare: legacyKeys, validate })
}

/** The `api.restapi` section (started with defaults when absent). */
export const restApiSection = apiSection('api.restapi', 'CLUSTER_RESTAPI_', '/ip4/127.0.0.1/tcp/9094')

/** The `api.pinsvcapi` section (Pinning Service API; started only when the section exists). */
export const pinSvcApiSection = apiSection('api.pinsvcapi', 'CLUSTER_PINSVCAPI_', '/ip4/127.0.0.1/tcp/9097')
