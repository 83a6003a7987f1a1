/**
 * Saving `service.json` (config.md §7). Only the membership keys change —
 * `cluster.peers`, `cluster.bootstrap`, `cluster.leave_on_shutdown`; the rest
 * is the file as it was read (unknown sections, key order, legacy keys,
 * number literals), so env overrides and defaults never leak into it.
 */
import { open, rename, rm } from 'node:fs/promises'
import { dirname } from 'node:path'
import { isJsonObject, stringifyJson, type JsonObject, type JsonValue } from './json.js'

/** The keys a save may change. */
export interface Membership {
  /** `cluster.peers`: peer multiaddresses ending in `/p2p/<id>`. */
  peers: readonly string[]
  /** `cluster.bootstrap`. */
  bootstrap: readonly string[]
  /** `cluster.leave_on_shutdown`. */
  leaveOnShutdown: boolean
}

/**
 * The file's JSON with the membership keys set. A key the file has is
 * replaced where it stands; a key it lacks is added only when the new value
 * differs from the default it stood for, so an unchanged save rewrites the
 * same content.
 *
 * @param raw - the file as read (`LoadedConfig.raw`); not modified
 */
export function withMembership (raw: JsonObject, membership: Membership): JsonObject {
  const cluster: JsonObject = isJsonObject(raw.cluster) ? { ...raw.cluster } : {}
  const set = (key: string, value: JsonValue, unchanged: boolean): void => {
    if (key in cluster || !unchanged) cluster[key] = value
  }
  set('peers', [...membership.peers], membership.peers.length === 0)
  set('bootstrap', [...membership.bootstrap], membership.bootstrap.length === 0)
  set('leave_on_shutdown', membership.leaveOnShutdown, !membership.leaveOnShutdown)
  return { ...raw, cluster }
}

/**
 * Writes new membership into `service.json`.
 *
 * @param loaded - the file and its JSON as read (from `loadConfig`)
 * @throws the file system's error; nothing is half-written
 */
export async function saveConfig (loaded: { file: string, raw: JsonObject }, membership: Membership): Promise<void> {
  await writeConfigFile(loaded.file, withMembership(loaded.raw, membership))
}

/**
 * Writes a config file atomically: `<file>.tmp`, fsync, rename over the file,
 * fsync the folder; mode 0600 (it holds the private key and the secret);
 * 2-space indentation and a trailing newline.
 */
export async function writeConfigFile (file: string, json: JsonObject): Promise<void> {
  const tmp = `${file}.tmp`
  try {
    const handle = await open(tmp, 'w', 0o600)
    try {
      await handle.chmod(0o600) // an old tmp file may have kept another mode
      await handle.writeFile(stringifyJson(json))
      await handle.sync()
    } finally {
      await handle.close()
    }
    await rename(tmp, file)
  } catch (err) {
    await rm(tmp, { force: true })
    throw err
  }
  // the rename is durable only once the folder's entry is on disk
  const folder = await open(dirname(file), 'r')
  try {
    await folder.sync()
  } finally {
    await folder.close()
  }
}
