/**
 * `CLUSTER_*` environment overrides (config.md §5): `CLUSTER_` + the
 * component's prefix (none for `cluster`) + the JSON key upper-cased without
 * underscores — the v1.x envconfig scheme. Each section knows its own
 * variables; this file applies them all and reports the unknown ones.
 */
import { V1_PROXY_ENV_PREFIX } from './ipfshttp.js'
import { places, type ClusterConfig } from './layout.js'
import type { Notices } from './notice.js'

/** Environment variables, as `process.env`. */
export type Environment = Readonly<Record<string, string | undefined>>

/**
 * Applies every `CLUSTER_*` variable to the sections it names. Variables of
 * `api.pinsvcapi` do not create that section when the file has none (its
 * presence is what starts the API): they are ignored with a WARN,
 * as are unknown variables under a known component prefix
 * (`CLUSTER_RESTAPI_FOO`).
 *
 * @throws InvalidConfigError `<VAR> (<section>.<key>): <problem>`
 */
export function applyEnvironment (cfg: ClusterConfig, env: Environment, notices: Notices): ClusterConfig {
  const out: Record<string, unknown> = { ...cfg }
  const known = new Set<string>()
  for (const [prop, { section }] of places()) {
    const set = section.env.map(v => v.name).filter(name => { known.add(name); return env[name] !== undefined })
    if (set.length === 0) continue
    if (out[prop] === undefined) {
      for (const name of set) notices.warn(`environment variable ${name} ignored: section ${section.configKey} is not configured`)
      continue
    }
    out[prop] = section.applyEnv(out[prop], env)
  }
  // bare CLUSTER_ is the cluster section's prefix and too broad to police
  const prefixes = [...places().map(([, p]) => p.section.envPrefix), V1_PROXY_ENV_PREFIX].filter(p => p !== 'CLUSTER_')
  for (const name of Object.keys(env).sort()) {
    if (env[name] !== undefined && !known.has(name) && prefixes.some(p => name.startsWith(p))) {
      notices.warn(`unknown environment variable ${name} ignored`)
    }
  }
  return out as unknown as ClusterConfig
}
