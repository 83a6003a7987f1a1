/**
 * The configuration `init` writes (config.md §6, cli.md §4): every section at
 * its default, with a new identity and secret, and the `CLUSTER_*` variables
 * applied (init writes them into the file, unlike later loads).
 */
import { hostname } from 'node:os'
import { applyEnvironment, type Environment } from './env.js'
import type { Identity } from './identity.js'
import type { JsonObject } from './json.js'
import { configToJSON, defaultSections, type ClusterConfig } from './layout.js'
import { Notices, type ConfigNotice } from './notice.js'
import { validateSections } from './parse.js'

/** What `init` decides before writing. */
export interface InitValues {
  /** Kept from an existing config or identity.json, else `generateIdentity()`. */
  identity: Identity
  /** Checked secret (`parseUserSecret`, `newSecret`); `""` = unprotected. */
  secret: string
  /** Default: this machine's host name. */
  peername?: string
}

/** Every section at its default, with the given identity, secret and peer name. */
export function defaultConfig ({ identity, secret, peername = hostname() }: InitValues): ClusterConfig {
  const cfg = defaultSections()
  return { ...cfg, cluster: { ...cfg.cluster, id: identity.id, privateKey: identity.privateKey, secret, peername } }
}

/** What `init` writes, and the notes for its log. */
export interface InitConfig {
  config: ClusterConfig
  /** The file content, in the key order of config.md §6 (`writeConfigFile` writes it). */
  json: JsonObject
  notices: ConfigNotice[]
}

/**
 * The default configuration with the `CLUSTER_*` variables applied and validated.
 *
 * @throws InvalidConfigError `<VAR> (<section>.<key>): <problem>` (init prefixes
 * `error applying environment variables to configuration: `), or a rule across keys
 */
export function initConfig (values: InitValues, env: Environment = {}): InitConfig {
  const notices = new Notices()
  const config = validateSections(applyEnvironment(defaultConfig(values), env, notices), notices)
  return { config, json: configToJSON(config), notices: notices.list }
}
