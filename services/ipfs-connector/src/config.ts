/**
 * This service's sections of `service.json`, read through the chassis's
 * configuration library (which validates the whole file again, as every
 * child does at start): `ipfs_connector.ipfshttp` (daemon client and proxy)
 * and `ipfs_connector.embedded` (the Helia node), with their paths made
 * absolute against the config folder.
 */
import { loadConfig, resolvePath, type EmbeddedIpfsConfig, type IpfsHttpConfig, type Logger } from '@ipfscluster/chassis'

export type { IpfsHttpConfig }

/** `ipfs_connector.embedded` with `repoPath` absolute. */
export type EmbeddedConfig = EmbeddedIpfsConfig

/** The sections the connector uses. */
export interface ConnectorConfig {
  ipfshttp: IpfsHttpConfig
  embedded: EmbeddedConfig
}

/**
 * Loads `<folder>/service.json` with the `CLUSTER_*` overrides of `env`;
 * the library's notices go to `log`.
 *
 * @throws InvalidConfigError naming the key path.
 */
export async function loadConnectorConfig (folder: string, env: NodeJS.ProcessEnv, log: Logger): Promise<ConnectorConfig> {
  const loaded = await loadConfig(folder, { env })
  for (const notice of loaded.notices) log[notice.level](notice.message)
  const { ipfshttp, embedded } = loaded.config
  return {
    ipfshttp: { ...ipfshttp, proxyLogFile: ipfshttp.proxyLogFile === '' ? '' : resolvePath(loaded.folder, ipfshttp.proxyLogFile) },
    embedded: { ...embedded, repoPath: resolvePath(loaded.folder, embedded.repoPath) }
  }
}
