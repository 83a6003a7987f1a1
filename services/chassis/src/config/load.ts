/**
 * Loading `<folder>/service.json` (+ `identity.json`, + env) into a validated
 * {@link ClusterConfig}, keeping the file's own JSON for saving.
 */
import { readFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { InvalidConfigError } from '../errors.js'
import type { Environment } from './env.js'
import { readIdentityFile } from './identity.js'
import { JsonSyntaxError, parseJsonObject, plain, type JsonObject } from './json.js'
import type { ClusterConfig } from './layout.js'
import type { ConfigNotice } from './notice.js'
import { parseConfig } from './parse.js'
import { checkPaths } from './paths.js'

/** Name of the configuration file in the config folder. */
export const CONFIG_FILE = 'service.json'

/** A loaded configuration. */
export interface LoadedConfig {
  /** The absolute config folder. */
  folder: string
  /** `<folder>/service.json`. */
  file: string
  /** The effective, validated configuration. */
  config: ClusterConfig
  /** The file exactly as read (key order, unknown sections, number literals): what `saveConfig` writes back. */
  raw: JsonObject
  /** INFO/WARN/DEBUG notes for the caller to log on the `config` facility. */
  notices: ConfigNotice[]
}

/** Inputs besides the folder. */
export interface LoadOptions {
  /** Variables for the `CLUSTER_*` overrides; default `process.env`. */
  env?: Environment
}

/**
 * Loads and validates the whole configuration: `service.json`, a v1.x
 * `identity.json` if present, the `CLUSTER_*` variables, and the paths it
 * names. The supervisor calls it before starting any child; each child calls
 * it again at start.
 *
 * @throws InvalidConfigError with the text that follows `error loading configuration: `,
 * e.g. `cluster.secret: must be 64 hexadecimal characters (32 bytes) or empty, got 3 characters`
 */
export async function loadConfig (folder: string, options: LoadOptions = {}): Promise<LoadedConfig> {
  const absolute = resolve(folder)
  const file = join(absolute, CONFIG_FILE)
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new InvalidConfigError(`${file} does not exist. Run "ipfs-cluster-service init" first`)
    }
    throw new InvalidConfigError(`${CONFIG_FILE}: ${(err as Error).message}`)
  }
  const raw = parseConfigText(text)
  const identity = await readIdentityFile(absolute)
  const { config, notices } = parseConfig(plain(raw), { env: options.env ?? process.env, identity })
  await checkPaths(config, absolute)
  return { folder: absolute, file, config, raw, notices }
}

/**
 * Parses the text of a `service.json`.
 *
 * @throws InvalidConfigError `service.json: invalid JSON at line L column C: <detail>`
 */
export function parseConfigText (text: string): JsonObject {
  try {
    return parseJsonObject(text)
  } catch (err) {
    if (err instanceof JsonSyntaxError) throw new InvalidConfigError(`${CONFIG_FILE}: ${err.message}`)
    throw err
  }
}
