/**
 * Reads every section of a `service.json` tree (config.md §2): missing
 * sections take defaults, unknown sections are reported, and the v1.x forms
 * (`api.ipfsproxy`, `monitor.pubsubmon`) are folded into their sections.
 */
import { InvalidConfigError } from '../errors.js'
import { withV1Proxy } from './ipfshttp.js'
import { getPath, places, V1_SECTIONS, type ClusterConfig } from './layout.js'
import { monBasicSection } from './monbasic.js'
import type { Notices } from './notice.js'
import { shown } from './problem.js'

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)

/**
 * Reads each section of a parsed `service.json` (types and single-value
 * checks; no env, no rules across keys).
 *
 * @throws InvalidConfigError
 */
export function readSections (root: Record<string, unknown>, notices: Notices): ClusterConfig {
  const known = new Set([...places().map(([, p]) => p.section.configKey), ...V1_SECTIONS])
  const groups = new Set([...known].filter(k => k.includes('.')).map(k => k.split('.')[0]))
  checkGroups(root, groups)
  checkConsensus(root)
  reportUnused(root, known, groups, notices)

  const cfg: Record<string, unknown> = {}
  for (const [prop, { section, use }] of places()) {
    const json = getPath(root, section.configKey)
    if (json == null && use !== 'default') {
      if (use === 'opt-in') cfg[prop] = section.defaults()
      continue
    }
    cfg[prop] = prop === 'monbasic' ? readMonitor(root, notices) : section.read(json, notices)
  }
  const config = cfg as unknown as ClusterConfig
  config.ipfshttp = withV1Proxy(config.ipfshttp, getPath(root, 'ipfs_connector.ipfshttp'), getPath(root, 'api.ipfsproxy'), notices)
  return config
}

/** A group such as `consensus` must be an object when present. */
function checkGroups (root: Record<string, unknown>, groups: Set<string>): void {
  for (const group of groups) {
    const value = root[group]
    if (value != null && !isObject(value)) throw new InvalidConfigError(`${group}: expected an object, got ${shown(value)}`)
  }
}

/** A v1.x CRDT-only peer cannot silently start a fresh Raft cluster. */
function checkConsensus (root: Record<string, unknown>): void {
  const consensus = root.consensus
  if (isObject(consensus) && consensus.crdt != null && consensus.raft == null) {
    throw new InvalidConfigError('consensus.crdt is not supported: this peer implements Raft consensus only; add a consensus.raft section')
  }
}

/** WARNs for sections kept in the file but not read here (`datastore`, `consensus.crdt`, …). */
function reportUnused (root: Record<string, unknown>, known: Set<string>, groups: Set<string>, notices: Notices): void {
  const unused = (path: string): void => notices.warn(`configuration section "${path}" is not used by this implementation`)
  for (const [key, value] of Object.entries(root)) {
    if (known.has(key)) continue
    if (!groups.has(key)) { unused(key); continue }
    if (!isObject(value)) continue
    for (const child of Object.keys(value)) {
      if (!known.has(`${key}.${child}`)) unused(`${key}.${child}`)
    }
  }
  if (getPath(root, 'monitor.monbasic') != null && getPath(root, 'monitor.pubsubmon') != null) unused('monitor.pubsubmon')
}

/** `monitor.monbasic`, or the `check_interval` of a v1.x `monitor.pubsubmon` when monbasic is absent. */
function readMonitor (root: Record<string, unknown>, notices: Notices): ClusterConfig['monbasic'] {
  const monbasic = getPath(root, 'monitor.monbasic')
  const pubsubmon = getPath(root, 'monitor.pubsubmon')
  if (monbasic != null || pubsubmon == null) return monBasicSection.read(monbasic, notices)
  // its other keys (failure thresholds…) belong to a monitor this peer does not have
  const json = isObject(pubsubmon) ? { check_interval: pubsubmon.check_interval } : pubsubmon
  return monBasicSection.read(json, notices, 'monitor.pubsubmon')
}
