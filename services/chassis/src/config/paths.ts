/**
 * The checks of config.md §4 that need the disk: the consensus data folder
 * and the embedded repo can be created, TLS files load, log files can be
 * written. Run at load so that a bad path stops the peer before any child
 * starts, not when a child first touches it.
 */
import { X509Certificate, createPrivateKey } from 'node:crypto'
import { constants } from 'node:fs'
import { access, readFile, stat } from 'node:fs/promises'
import { dirname, isAbsolute, join } from 'node:path'
import { InvalidConfigError } from '../errors.js'
import type { ClusterConfig } from './layout.js'
import type { RestApiConfig } from './restapi.js'

/** Default consensus data folder, under the config folder. */
export const DEFAULT_DATA_FOLDER = 'ipfs-cluster-data'

/** A path from the config: relative ones are relative to the config folder (config.md §1). */
export function resolvePath (folder: string, path: string): string {
  return isAbsolute(path) ? path : join(folder, path)
}

/**
 * Checks every path of a configuration.
 *
 * @param folder - the absolute config folder
 * @throws InvalidConfigError `<section>.<key>: <problem>`
 */
export async function checkPaths (cfg: ClusterConfig, folder: string): Promise<void> {
  await creatable(resolvePath(folder, cfg.raft.dataFolder === '' ? DEFAULT_DATA_FOLDER : cfg.raft.dataFolder), 'consensus.raft.data_folder: cannot create data folder')
  if (cfg.embedded.enabled) {
    await creatable(resolvePath(folder, cfg.embedded.repoPath), 'ipfs_connector.embedded.repo_path: cannot create repo folder')
  }
  for (const [at, api] of [['api.restapi', cfg.restapi], ['api.pinsvcapi', cfg.pinsvcapi]] as const) {
    if (api === undefined) continue
    await checkTls(api, at, folder)
    if (api.httpLogFile !== '') await creatable(dirname(resolvePath(folder, api.httpLogFile)), `${at}.http_log_file: cannot write log file`)
  }
  if (cfg.ipfshttp.proxyLogFile !== '') {
    await creatable(dirname(resolvePath(folder, cfg.ipfshttp.proxyLogFile)), 'ipfs_connector.ipfshttp.proxy_log_file: cannot write log file')
  }
}

/** The folder exists and is writable, or its nearest existing parent is. */
async function creatable (path: string, problem: string): Promise<void> {
  try {
    let at = path
    for (;;) {
      const info = await stat(at).catch((err: NodeJS.ErrnoException) => { if (err.code === 'ENOENT' && dirname(at) !== at) return undefined; throw err })
      if (info === undefined) { at = dirname(at); continue }
      if (!info.isDirectory()) throw new Error(`${at} is not a folder`)
      await access(at, constants.W_OK)
      return
    }
  } catch (err) {
    throw new InvalidConfigError(`${problem}: ${(err as Error).message}`)
  }
}

async function checkTls (api: RestApiConfig, at: string, folder: string): Promise<void> {
  if (api.sslCertFile === '') return // validated: both or neither
  const load = async <T>(key: string, fn: () => Promise<T>): Promise<T> => {
    try {
      return await fn()
    } catch (err) {
      throw new InvalidConfigError(`${at}.${key}: error loading TLS certificate/key: ${(err as Error).message}`)
    }
  }
  const cert = await load('ssl_cert_file', async () => new X509Certificate(await readFile(resolvePath(folder, api.sslCertFile))))
  const key = await load('ssl_key_file', async () => createPrivateKey(await readFile(resolvePath(folder, api.sslKeyFile))))
  await load('ssl_key_file', async () => { if (!cert.checkPrivateKey(key)) throw new Error('the key does not match the certificate') })
}
