/**
 * The shared configuration library: `service.json` read, validated, overridden
 * from `CLUSTER_*` variables, and saved (config.md). Every process uses it:
 * the supervisor validates the whole file before starting any child, each
 * child validates it again at start.
 *
 * @example
 * ```ts
 * const { config, notices, raw, file } = await loadConfig(folder)
 * for (const n of notices) log[n.level](n.message)
 * await saveConfig({ file, raw }, { peers, bootstrap: config.cluster.bootstrap, leaveOnShutdown: false })
 * ```
 */
export { loadConfig, parseConfigText, CONFIG_FILE, type LoadedConfig, type LoadOptions } from './load.js'
export { parseConfig, type ParseOptions, type ParsedConfig } from './parse.js'
export { saveConfig, withMembership, writeConfigFile, type Membership } from './save.js'
export { defaultConfig, initConfig, type InitValues, type InitConfig } from './default-file.js'
export { configToJSON, LAYOUT, type ClusterConfig, type SectionPlace, type SectionUse } from './layout.js'
export type { Environment } from './env.js'
export { resolvePath, DEFAULT_DATA_FOLDER } from './paths.js'
export { redactedConfig, HIDDEN } from './redact.js'
export { allocationStrategy, withAllocationStrategy, DEFAULT_ALLOCATION, type AllocationStrategy } from './alloc.js'
export { generateIdentity, readIdentityFile, identityIn, decodePrivateKey, keyPeerId, IDENTITY_FILE, type Identity, type PrivateKey } from './identity.js'
export { newSecret, parseUserSecret, pskFile, SECRET_BYTES } from './secret.js'
export { parseDuration, formatDuration } from './duration.js'
export { parseMultiaddr, peerAddress } from './multiaddr.js'
export { parseJson, stringifyJson, plain, RawNumber, JsonSyntaxError, type JsonObject, type JsonValue } from './json.js'
export { Notices, type ConfigNotice } from './notice.js'
export type { Section, Field, EnvVar } from './section.js'
export { clusterSection, type ClusterSectionConfig } from './cluster.js'
export { raftSection, type RaftConfig } from './raft.js'
export { restApiSection, pinSvcApiSection, type RestApiConfig } from './restapi.js'
export { ipfsHttpSection, type IpfsHttpConfig } from './ipfshttp.js'
export { embeddedSection, type EmbeddedIpfsConfig } from './embedded.js'
export { mapTrackerSection, type MapTrackerConfig } from './maptracker.js'
export { monBasicSection, type MonBasicConfig } from './monbasic.js'
export { diskInformerSection, numpinInformerSection, type DiskInformerConfig, type NumpinInformerConfig } from './informer.js'
export { metricsSection, tracingSection, type MetricsConfig, type TracingConfig } from './observations.js'
export { supervisorSection, type SupervisorConfig } from './supervisor.js'
