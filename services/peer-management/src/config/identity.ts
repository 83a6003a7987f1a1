import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { privateKeyFromProtobuf } from '@libp2p/crypto/keys'
import { peerIdFromPrivateKey, peerIdFromString } from '@libp2p/peer-id'
import type { PrivateKey } from '@libp2p/interface'
import { InvalidConfigError } from '@ipfscluster/chassis'

/** This peer's libp2p identity. */
export interface Identity {
  privateKey: PrivateKey
  /** Base58 peer ID, as the key gives it. */
  peerId: string
}

/** A value read from the config, and the name errors give it (`cluster.id`, or `CLUSTER_ID (cluster.id)` when it came from the environment). */
export interface Keyed {
  value: unknown
  label: string
}

/**
 * The identity from `cluster.id`/`cluster.private_key`, or from a v1.x
 * `identity.json` in the config folder when service.json has neither
 * (config.md §3). The ID must be the one the key gives.
 */
export async function loadIdentity (folder: string, id: Keyed, key: Keyed): Promise<Identity> {
  const file = await readIdentityFile(folder)
  if (id.value === undefined && key.value === undefined && file !== undefined) {
    return checkedIdentity({ value: file.id, label: 'identity.json: id' }, { value: file.private_key, label: 'identity.json: private_key' })
  }
  if (id.value === undefined) throw new InvalidConfigError('cluster.id not set')
  if (key.value === undefined) throw new InvalidConfigError('cluster.private_key not set')
  const identity = checkedIdentity(id, key)
  if (file?.id !== undefined && file.id !== identity.peerId) {
    throw new InvalidConfigError(`cluster.id (${identity.peerId}) differs from identity.json id (${String(file.id)})`)
  }
  return identity
}

function checkedIdentity (id: Keyed, key: Keyed): Identity {
  const privateKey = decodePrivateKey(key)
  const fromKey = peerIdFromPrivateKey(privateKey).toString()
  if (typeof id.value !== 'string') throw new InvalidConfigError(`${id.label}: expected a string, got ${JSON.stringify(id.value)}`)
  let given: string
  try {
    given = peerIdFromString(id.value).toString()
  } catch (err) {
    throw new InvalidConfigError(`${id.label}: error decoding peer ID "${id.value}": ${(err as Error).message}`)
  }
  if (given !== fromKey) throw new InvalidConfigError(`${id.label}: does not match the private_key (the key gives ${fromKey})`)
  return { privateKey, peerId: fromKey }
}

function decodePrivateKey ({ value, label }: Keyed): PrivateKey {
  if (typeof value !== 'string') throw new InvalidConfigError(`${label}: expected a string, got ${JSON.stringify(value)}`)
  if (value.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(value)) throw new InvalidConfigError(`${label}: invalid base64`)
  try {
    return privateKeyFromProtobuf(Buffer.from(value, 'base64'))
  } catch (err) {
    throw new InvalidConfigError(`${label}: not a libp2p private key: ${(err as Error).message}`)
  }
}

async function readIdentityFile (folder: string): Promise<{ id?: unknown, private_key?: unknown } | undefined> {
  let text: string
  try {
    text = await readFile(join(folder, 'identity.json'), 'utf8')
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw new InvalidConfigError(`identity.json: ${(err as Error).message}`)
  }
  try {
    const json: unknown = JSON.parse(text)
    if (json === null || typeof json !== 'object' || Array.isArray(json)) throw new Error('not a JSON object')
    return json
  } catch (err) {
    throw new InvalidConfigError(`identity.json: ${(err as Error).message}`)
  }
}
