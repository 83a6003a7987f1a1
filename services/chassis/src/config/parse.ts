/**
 * From a parsed `service.json` to a validated {@link ClusterConfig}, without
 * touching the disk: precedence defaults < file < identity.json < env
 * (config.md §2), then every section's rules across keys.
 */
import { InvalidConfigError } from '../errors.js'
import { applyEnvironment, type Environment } from './env.js'
import type { Identity } from './identity.js'
import { places, type ClusterConfig } from './layout.js'
import { canonicalPeerId } from './multiaddr.js'
import { Notices, type ConfigNotice } from './notice.js'
import { shown } from './problem.js'
import { readSections } from './read-sections.js'
import { atKey } from './section.js'

/** Inputs besides the file. */
export interface ParseOptions {
  /** `CLUSTER_*` variables to apply; none when absent. */
  env?: Environment
  /** A v1.x `identity.json`, already read and validated (`readIdentityFile`). */
  identity?: Identity
}

/** A validated configuration and what was noticed on the way (for the caller to log). */
export interface ParsedConfig {
  config: ClusterConfig
  notices: ConfigNotice[]
}

/**
 * Reads, overrides and validates a whole configuration.
 *
 * @param json - the `service.json` object (plain numbers)
 * @throws InvalidConfigError whose message starts with the key path (or the variable)
 */
export function parseConfig (json: unknown, options: ParseOptions = {}): ParsedConfig {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new InvalidConfigError(`service.json: expected an object, got ${shown(json)}`)
  }
  const notices = new Notices()
  const root = options.identity === undefined ? json as Record<string, unknown> : withIdentity(json as Record<string, unknown>, options.identity)
  const read = applyEnvironment(readSections(root, notices), options.env ?? {}, notices)
  return { config: validateSections(read, notices), notices: notices.list }
}

/** Runs each present section's rules across keys. */
export function validateSections (cfg: ClusterConfig, notices: Notices): ClusterConfig {
  const out: Record<string, unknown> = { ...cfg }
  for (const [prop, { section }] of places()) {
    if (out[prop] !== undefined) out[prop] = section.validate(out[prop], notices)
  }
  return out as unknown as ClusterConfig
}

const isSet = (v: unknown): boolean => v !== undefined && v !== null && v !== ''

/** identity.json fills `cluster.id`/`private_key` where the file lacks them; an ID in both must be the same. */
function withIdentity (root: Record<string, unknown>, identity: Identity): Record<string, unknown> {
  const cluster = root.cluster ?? {}
  if (typeof cluster !== 'object' || Array.isArray(cluster)) return root // the section reader reports it
  const { id, private_key: privateKey } = cluster as Record<string, unknown>
  if (typeof id === 'string' && id !== '' && atKey('cluster.id', () => canonicalPeerId(id)) !== identity.id) {
    throw new InvalidConfigError(`cluster.id (${id}) differs from identity.json id (${identity.id})`)
  }
  return {
    ...root,
    cluster: { ...cluster, id: isSet(id) ? id : identity.id, private_key: isSet(privateKey) ? privateKey : identity.privateKey }
  }
}
