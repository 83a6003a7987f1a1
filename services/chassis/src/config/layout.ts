/**
 * The whole `service.json`: which section sits where, in the order `init`
 * writes them (config.md §6), and the typed {@link ClusterConfig} they make.
 */
import { clusterSection, type ClusterSectionConfig } from './cluster.js'
import { embeddedSection, type EmbeddedIpfsConfig } from './embedded.js'
import { diskInformerSection, numpinInformerSection, type DiskInformerConfig, type NumpinInformerConfig } from './informer.js'
import { ipfsHttpSection, type IpfsHttpConfig } from './ipfshttp.js'
import { isJsonObject, type JsonObject } from './json.js'
import { mapTrackerSection, type MapTrackerConfig } from './maptracker.js'
import { monBasicSection, type MonBasicConfig } from './monbasic.js'
import { metricsSection, tracingSection, type MetricsConfig, type TracingConfig } from './observations.js'
import { raftSection, type RaftConfig } from './raft.js'
import { pinSvcApiSection, restApiSection, type RestApiConfig } from './restapi.js'
import type { Section } from './section.js'
import { supervisorSection, type SupervisorConfig } from './supervisor.js'

/**
 * The effective configuration of a peer: `service.json` over the defaults,
 * `identity.json` and `CLUSTER_*` variables applied, validated. Durations are
 * milliseconds; multiaddresses normalized strings (`/p2p/`); relative paths
 * are as written (see `resolvePath`).
 */
export interface ClusterConfig {
  /** `cluster` */
  cluster: ClusterSectionConfig
  /** `consensus.raft` */
  raft: RaftConfig
  /** `api.restapi` (always present: started with defaults when the section is absent) */
  restapi: RestApiConfig
  /** `api.pinsvcapi`, only when the file has the section */
  pinsvcapi?: RestApiConfig
  /** `ipfs_connector.ipfshttp` (with a v1.x `api.ipfsproxy` folded in) */
  ipfshttp: IpfsHttpConfig
  /** `ipfs_connector.embedded` (defaults, i.e. off, when the section is absent) */
  embedded: EmbeddedIpfsConfig
  /** `pin_tracker.maptracker` */
  maptracker: MapTrackerConfig
  /** `monitor.monbasic` (or a v1.x `monitor.pubsubmon`) */
  monbasic: MonBasicConfig
  /** `informer.disk` */
  disk: DiskInformerConfig
  /** `informer.numpin` */
  numpin: NumpinInformerConfig
  /** `observations.metrics` */
  metrics: MetricsConfig
  /** `observations.tracing` */
  tracing: TracingConfig
  /** `supervisor` */
  supervisor: SupervisorConfig
}

/**
 * How a section's absence reads and when it is written:
 * `default` — absent: defaults, with an INFO; always written by `init`;
 * `if-present` — absent: not used (`api.pinsvcapi` runs only when configured); written when used;
 * `opt-in` — absent: defaults, silently; written only when not at its defaults (`ipfs_connector.embedded`).
 */
export type SectionUse = 'default' | 'if-present' | 'opt-in'

/** Where a {@link ClusterConfig} property comes from. */
export interface SectionPlace<C> {
  readonly section: Section<C>
  readonly use: SectionUse
}

const place = <C>(section: Section<C>, use: SectionUse = 'default'): SectionPlace<C> => ({ section, use })

/** Every section, in file order. */
export const LAYOUT: { readonly [K in keyof ClusterConfig]-?: SectionPlace<NonNullable<ClusterConfig[K]>> } = {
  cluster: place(clusterSection),
  raft: place(raftSection),
  restapi: place(restApiSection),
  pinsvcapi: place(pinSvcApiSection, 'if-present'),
  ipfshttp: place(ipfsHttpSection),
  embedded: place(embeddedSection, 'opt-in'),
  maptracker: place(mapTrackerSection),
  monbasic: place(monBasicSection),
  disk: place(diskInformerSection),
  numpin: place(numpinInformerSection),
  metrics: place(metricsSection),
  tracing: place(tracingSection),
  supervisor: place(supervisorSection)
}

/** The layout as a list of [property, place]. */
export const places = (): Array<[keyof ClusterConfig, SectionPlace<unknown>]> =>
  Object.entries(LAYOUT) as Array<[keyof ClusterConfig, SectionPlace<unknown>]>

/** Sections this implementation reads besides the layout (v1.x forms folded into others). */
export const V1_SECTIONS = ['api.ipfsproxy', 'monitor.pubsubmon']

/** Every section with its defaults (`if-present` ones left out); identity and secret empty. */
export function defaultSections (): ClusterConfig {
  const cfg: Record<string, unknown> = {}
  for (const [prop, { section, use }] of places()) {
    if (use !== 'if-present') cfg[prop] = section.defaults()
  }
  return cfg as unknown as ClusterConfig
}

/** Value at a dotted path of a JSON tree (`undefined` when absent). */
export function getPath (root: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => isJsonObject(node) ? node[key] : undefined, root)
}

/** The JSON form of a configuration in the layout of config.md §6 (what `init` writes). */
export function configToJSON (cfg: ClusterConfig): JsonObject {
  const root: JsonObject = {}
  for (const [prop, { section, use }] of places()) {
    const value = cfg[prop]
    if (value === undefined) continue
    const json = section.toJSON(value)
    if (use === 'opt-in' && JSON.stringify(json) === JSON.stringify(section.toJSON(section.defaults()))) continue
    const path = section.configKey.split('.')
    let node = root
    for (const key of path.slice(0, -1)) {
      node[key] ??= {}
      node = node[key] as JsonObject
    }
    node[path[path.length - 1]] = json
  }
  return root
}
